namespace Hadath.Text;

/// <summary>
/// Rewrites text for matching while keeping, for every output character, the original characters it came from.
/// Each rule is one small method over one character (camel_tools' style), driven by a
/// <see cref="NormalizationRules"/> flag set; the offset map makes every match traceable to the text as received.
/// </summary>
/// <example><code>
/// var view = ArabicNormalizer.Normalize("أَحْمَد", NormalizationRules.ForMatching); // view.Text == "احمد"
/// var original = view.ToOriginal(0, 4);                                            // [0, 7)
/// </code></example>
public static class ArabicNormalizer
{
    /// <summary>Normalises <paramref name="text"/> under <paramref name="rules"/>, with the offset map back to it.</summary>
    public static NormalizedText Normalize(string text, NormalizationRules rules = NormalizationRules.ForMatching)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = new char[text.Length + 8];
        var starts = new int[chars.Length];
        var ends = new int[chars.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((rules & NormalizationRules.PresentationForms) != 0 && PresentationForms.IsPresentationForm(c)
                && PresentationForms.Replacement(c) is { } expansion)
            {
                foreach (var e in expansion)
                    Emit(Rewrite(e, rules), i);
                continue;
            }
            Emit(Rewrite(c, rules), i);
        }
        return new NormalizedText(new string(chars, 0, n), starts[..n], ends[..n], text.Length);

        void Emit(char c, int source)
        {
            if (c == Deleted)
            {
                // A dropped haraka or tatweel belongs to the letter before it, so a word's original range
                // includes its final vowel marks; dropped bidi marks belong to no letter.
                if (n > 0 && ends[n - 1] == source && (IsHaraka(text[source]) || text[source] == ArabicLetters.Tatweel))
                    ends[n - 1] = source + 1;
                return;
            }
            if (n == chars.Length)
            {
                Array.Resize(ref chars, chars.Length * 2);
                Array.Resize(ref starts, chars.Length);
                Array.Resize(ref ends, chars.Length);
            }
            chars[n] = c;
            starts[n] = source;
            ends[n] = source + 1;
            n++;
        }
    }

    /// <summary>Normalises and returns only the text, for keys and lookups where offsets are not needed.</summary>
    public static string NormalizeKey(string text, NormalizationRules rules = NormalizationRules.ForMatching)
    {
        var buffer = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ((rules & NormalizationRules.PresentationForms) != 0 && PresentationForms.IsPresentationForm(c)
                && PresentationForms.Replacement(c) is { } expansion)
            {
                foreach (var e in expansion) Append(Rewrite(e, rules));
                continue;
            }
            Append(Rewrite(c, rules));
        }
        return buffer.ToString();

        void Append(char c)
        {
            if (c != Deleted) buffer.Append(c);
        }
    }

    /// <summary>Marker for "drop this character"; U+FFFF is a noncharacter, never valid in text.</summary>
    internal const char Deleted = '\uFFFF';

    /// <summary>Applies every enabled single-character rule; order does not matter because their domains are disjoint.</summary>
    internal static char Rewrite(char c, NormalizationRules rules)
    {
        if (c < '\u0600' && c != '\u00A0') return c; // ASCII and Latin pass through untouched (fast path)
        if ((rules & NormalizationRules.BidiAndZeroWidth) != 0 && IsBidiOrZeroWidth(c)) return Deleted;
        if ((rules & NormalizationRules.Harakat) != 0 && IsHaraka(c)) return Deleted;
        if ((rules & NormalizationRules.Tatweel) != 0 && c == ArabicLetters.Tatweel) return Deleted;
        if ((rules & NormalizationRules.AlefVariants) != 0 && IsAlefVariant(c)) return ArabicLetters.Alef;
        if ((rules & NormalizationRules.HamzaSeats) != 0)
        {
            if (c == ArabicLetters.WawHamza) return ArabicLetters.Waw;
            if (c == ArabicLetters.YehHamza) return ArabicLetters.Yeh;
        }
        if ((rules & NormalizationRules.AlefMaksura) != 0 && c == ArabicLetters.AlefMaksura) return ArabicLetters.Yeh;
        if ((rules & NormalizationRules.TehMarbuta) != 0 && c == ArabicLetters.TehMarbuta) return ArabicLetters.Heh;
        if ((rules & NormalizationRules.ArabicIndicDigits) != 0 && c is >= '\u0660' and <= '\u0669') return (char)('0' + (c - '\u0660'));
        if ((rules & NormalizationRules.PersianDigits) != 0 && c is >= '\u06F0' and <= '\u06F9') return (char)('0' + (c - '\u06F0'));
        if ((rules & NormalizationRules.ArabicPunctuation) != 0 && ArabicPunctuation(c) is var p && p != c) return p;
        if ((rules & NormalizationRules.PersianLetters) != 0)
        {
            if (c is ArabicLetters.FarsiYeh) return ArabicLetters.Yeh;
            if (c is ArabicLetters.Keheh) return ArabicLetters.Kaf;
        }
        return c;
    }

    /// <summary>Harakat and other combining marks of the Arabic block (fathatan..sukun, hamza marks, superscript alef, Quranic signs).</summary>
    internal static bool IsHaraka(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u0610' and <= '\u061A' or >= '\u06D6' and <= '\u06DC'
            or >= '\u06DF' and <= '\u06E4' or '\u06E7' or '\u06E8' or >= '\u06EA' and <= '\u06ED';

    internal static bool IsBidiOrZeroWidth(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\u2060' or '\uFEFF'
            or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    internal static bool IsAlefVariant(char c) =>
        c is ArabicLetters.AlefMadda or ArabicLetters.AlefHamzaAbove or ArabicLetters.AlefHamzaBelow or ArabicLetters.AlefWasla;

    internal static char ArabicPunctuation(char c) => c switch
    {
        '\u060C' => ',',  // Arabic comma
        '\u061B' => ';',  // Arabic semicolon
        '\u061F' => '?',  // Arabic question mark
        '\u066B' => '.',  // Arabic decimal separator
        '\u066C' => ',',  // Arabic thousands separator
        '\u066A' => '%',  // Arabic percent sign
        '\u06D4' => '.',  // Arabic full stop (Urdu)
        '\u00A0' => ' ',  // no-break space, common in web copy
        _ => c,
    };
}
