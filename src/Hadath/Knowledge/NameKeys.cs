using System.Text;
using Hadath.Text;

namespace Hadath.Knowledge;

/// <summary>
/// The three keys a name is indexed and looked up under, from strict to loose:
/// <list type="number">
/// <item><see cref="Exact"/>: the matching view (<see cref="NormalizationRules.ForMatching"/>), words split on
/// non-letters, Latin folded to lower-case ASCII.</item>
/// <item><see cref="Loose(string)"/>: also without the article ال on each word, with final اء → ا
/// (السويداء ~ سويدا) and, after the first word, without a final ة/ه (gender agreement of adjectives).</item>
/// <item><see cref="Skeleton(string)"/>: a cross-script consonant skeleton. Long vowels, hamza and ain vanish and
/// emphatic/plain pairs merge, because that is what transliteration through English loses:
/// أسعد ~ آساد ~ Asaad, الشرع ~ الشارا ~ Sharaa, Sweida ~ سويدا.</item>
/// </list>
/// </summary>
/// <example><code>
/// NameKeys.Skeleton(NameKeys.Exact("آساد الشيباني")) == NameKeys.Skeleton(NameKeys.Exact("Asaad al-Shaibani")) // "sdxbn"
/// </code></example>
public static class NameKeys
{
    private const char Alef = ArabicLetters.Alef, Lam = ArabicLetters.Lam, Hamza = ArabicLetters.Hamza, Heh = ArabicLetters.Heh;

    /// <summary>Splits a normalised name or text into words: runs of Arabic or Latin letters and digits.</summary>
    /// <returns>(start, end) index pairs into <paramref name="normalized"/> and the word as it is keyed (Latin folded).</returns>
    public static List<(int Start, int End, string Text)> Words(string normalized)
    {
        var words = new List<(int, int, string)>();
        var buffer = new StringBuilder();
        var i = 0;
        while (i < normalized.Length)
        {
            if (!IsWordChar(normalized[i])) { i++; continue; }
            var start = i;
            buffer.Clear();
            while (i < normalized.Length)
            {
                var c = normalized[i];
                if (IsWordChar(c)) buffer.Append(LatinFold.Fold(c));
                else if (!(LatinFold.IsWordInternalMark(c) && i + 1 < normalized.Length && buffer.Length > 0
                           && LatinFold.IsLatinLetter(normalized[i - 1]) && LatinFold.IsLatinLetter(normalized[i + 1])))
                    break;
                i++;
            }
            words.Add((start, i, buffer.ToString()));
        }
        return words;
    }

    /// <summary>True for the characters words are made of: Arabic letters, Latin letters, digits.</summary>
    public static bool IsWordChar(char c) => ArabicLetters.IsArabicLetter(c) || LatinFold.IsLatinLetter(c) || char.IsAsciiDigit(c);

    /// <summary>Exact key of a name as written: normalised for matching, words joined by one space.</summary>
    public static string Exact(string name)
    {
        // One pass over the normalised text, the same word rule as Words() without its allocations (the index
        // computes this for 100,000 names at load).
        var normalized = ArabicNormalizer.NormalizeKey(name);
        var sb = new StringBuilder(normalized.Length);
        var inWord = false;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (IsWordChar(c))
            {
                if (!inWord && sb.Length > 0) sb.Append(' ');
                sb.Append(LatinFold.Fold(c));
                inWord = true;
            }
            else if (inWord && LatinFold.IsWordInternalMark(c) && i + 1 < normalized.Length
                     && LatinFold.IsLatinLetter(normalized[i - 1]) && LatinFold.IsLatinLetter(normalized[i + 1]))
            {
                // dropped inside a transliterated word ("Dar'a")
            }
            else inWord = false;
        }
        return sb.ToString();
    }

    /// <summary>Loose key of an exact key (see the type summary); Latin words lose leading particles (al, el, the).</summary>
    public static string Loose(string exactKey) => Loose(exactKey.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Loose key of a sequence of exact-key words.</summary>
    public static string Loose(IReadOnlyList<string> words)
    {
        var parts = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (IsLatinWord(w))
            {
                if (words.Count > 1 && IsLatinParticle(w, i + 1 < words.Count ? words[i + 1] : null)) continue;
                parts.Add(w);
                continue;
            }
            w = StripArticle(w);
            if (w.Length == 0) continue;
            if (w.Length >= 4 && w[^1] == Hamza && w[^2] == Alef) w = w[..^1];
            if (i > 0 && w.Length >= 4 && w[^1] == Heh) w = w[..^1];
            parts.Add(w);
        }
        return string.Join(' ', parts);
    }

    /// <summary>
    /// Consonant skeleton of an exact key, words concatenated without spaces (so أبوطيور ~ أبو طيور).
    /// Arabic and Latin names map into one alphabet: b t j h k d r z s x(ش/sh) f l m n.
    /// </summary>
    public static string Skeleton(string exactKey) => Skeleton(exactKey.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Skeleton of a sequence of exact-key words.</summary>
    public static string Skeleton(IReadOnlyList<string> words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (IsLatinWord(w))
            {
                if (words.Count > 1 && IsLatinParticle(w, i + 1 < words.Count ? words[i + 1] : null)) continue;
                AppendLatinSkeleton(sb, w);
            }
            else AppendArabicSkeleton(sb, StripArticle(w));
        }
        return sb.ToString();
    }

    /// <summary>The skeleton of one exact-key word (used to build multi-word skeletons incrementally).</summary>
    public static string WordSkeleton(string word)
    {
        var sb = new StringBuilder();
        if (IsLatinWord(word)) AppendLatinSkeleton(sb, word);
        else AppendArabicSkeleton(sb, StripArticle(word));
        return sb.ToString();
    }

    /// <summary>True when the word is written in Latin letters (or digits only).</summary>
    public static bool IsLatinWord(string word) => word.Length > 0 && !ArabicLetters.IsArabicLetter(word[0]);

    /// <summary>The word without a leading article ال, when at least two letters remain; a bare ال (from آل) becomes empty.</summary>
    public static string StripArticle(string word)
    {
        if (word.Length >= 2 && word[0] == Alef && word[1] == Lam)
        {
            if (word.Length == 2) return "";
            if (word.Length >= 4) return word[2..];
        }
        return word;
    }

    // "al-", "el-", "the", and sun-letter assimilated articles ("As Suwayda", "Ar Raqqah") before a word that
    // starts with the same consonant.
    private static bool IsLatinParticle(string w, string? next) =>
        w is "al" or "el" or "the" or "of" or "and"
        || next is { Length: > 1 } && w.Length is 2 or 3 && w[0] is 'a' or 'e' or 'u' && w[1] == next[0]
           && w[1] is 's' or 'r' or 'n' or 't' or 'd' or 'z' or 'l' && (w.Length == 2 || w[2] == 'h');

    private static void AppendArabicSkeleton(StringBuilder sb, string w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            // Word-final heh is almost always a normalised teh marbuta (a vowel) or a pronoun suffix.
            if (c == Heh && i == w.Length - 1 && i > 0) continue;
            var k = ArabicConsonant(c);
            if (k != '\0') Append(sb, k);
        }
    }

    private static void AppendLatinSkeleton(StringBuilder sb, string w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            char k;
            switch (c)
            {
                case 's' or 'c' when next == 'h': k = 'x'; i++; break;
                case 'k' or 'g' when next == 'h': k = 'k'; i++; break;
                case 't' or 'd' when next == 'h': k = c; i++; break;
                case 'p' when next == 'h': k = 'f'; i++; break;
                case 'c' when next == 'k': k = 'k'; i++; break;
                case 'c': k = next is 'e' or 'i' or 'y' ? 's' : 'k'; break;
                case 'x': Append(sb, 'k'); k = 's'; break;
                case 'p': k = 'b'; break;
                case 'g' or 'q': k = 'k'; break;
                case 'v': k = 'f'; break;
                // A final h after a vowel writes a teh marbuta or a long vowel ("Hodeidah", "Allah").
                case 'h': k = i == w.Length - 1 && i > 0 && IsLatinVowel(w[i - 1]) ? '\0' : 'h'; break;
                case 'b' or 't' or 'j' or 'k' or 'd' or 'r' or 'z' or 's' or 'f' or 'l' or 'm' or 'n': k = c; break;
                case >= '0' and <= '9': k = c; break;
                default: k = '\0'; break; // vowels, w, y
            }
            if (k != '\0') Append(sb, k);
        }
    }

    private static bool IsLatinVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void Append(StringBuilder sb, char k)
    {
        if (sb.Length == 0 || sb[^1] != k) sb.Append(k); // geminates: "Barrack" ~ باراك
    }

    // Consonant classes; '\0' for letters transliteration through English loses (alef, waw, yeh, hamza, ain, teh marbuta).
    private static char ArabicConsonant(char c) => c switch
    {
        '\u0628' or '\u067E' => 'b',                          // ب پ
        '\u062A' or '\u0637' or '\u062B' => 't',              // ت ط ث
        '\u062C' or '\u0686' => 'j',                          // ج چ
        '\u062D' or '\u0647' => 'h',                          // ح ه
        '\u062E' or '\u0642' or '\u0643' or '\u063A' or '\u06AF' or '\u06A9' => 'k', // خ ق ك غ گ ک
        '\u062F' or '\u0630' or '\u0636' => 'd',              // د ذ ض
        '\u0631' => 'r',
        '\u0632' or '\u0638' => 'z',                          // ز ظ
        '\u0633' or '\u0635' => 's',                          // س ص
        '\u0634' => 'x',                                      // ش
        '\u0641' or '\u06A4' => 'f',                          // ف ڤ
        '\u0644' => 'l',
        '\u0645' => 'm',
        '\u0646' => 'n',
        >= '0' and <= '9' => c,
        _ => '\0',
    };
}
