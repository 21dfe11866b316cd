using System.Text;
using Hadath.Text;

namespace Hadath.Evaluation;

/// <summary>
/// The two matching keys of shared/tools/score_articles.py, ported character for character so C# and Python scores
/// agree: <see cref="Fold"/> for English canonical names and <see cref="FoldArabic"/> for Arabic surface strings.
/// </summary>
/// <example><code>
/// NameFolding.Fold("Bashar al-Assad");  // "bashar assad"
/// NameFolding.Fold("Ṣanʿāʾ");           // "san a"
/// </code></example>
public static class NameFolding
{
    // fold(): these become spaces after lowering ('-' '\'' RIGHT SINGLE QUOTE, backtick, ayn/hamza modifier letters,
    // LEFT SINGLE QUOTE, '.', ',', '(' and ')').
    private const string NameSeparators = "-'\u2019`\u02BF\u02BE\u2018.,()";
    private static readonly string[] Particles = ["al", "el", "the", "of"];

    /// <summary>
    /// Python's <c>fold(name)</c>: NFKD, drop combining marks, lower-case, punctuation of
    /// <see cref="NameSeparators"/> to spaces, split on white space, drop the particles al/el/the/of, join with one
    /// space. Null or empty gives "".
    /// </summary>
    /// <remarks>
    /// Limit: NFKD comes from a generated table (Latin-1 Supplement, Latin Extended-A/B, IPA and spacing modifiers,
    /// Greek, Cyrillic, Latin Extended Additional, General Punctuation, Latin ligatures, fullwidth forms; see
    /// tools/gen_name_folding.py). Precomposed or compatibility characters outside those blocks (Hangul syllables,
    /// mathematical letters, circled digits) stay as they are, where Python would decompose them. Combining marks
    /// are dropped everywhere. Lower-casing is .NET's invariant simple mapping, so a Greek final sigma lowers to
    /// sigma, not to final sigma as in Python.
    /// </remarks>
    public static string Fold(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        var decomposed = new StringBuilder(name.Length);
        foreach (var r in name.EnumerateRunes())
        {
            if (FoldingTable.Replacement(r.Value) is { } replacement)
                decomposed.Append(replacement);
            else if (!FoldingTable.IsCombining(r.Value))
                decomposed.Append(r.ToString());
        }
        var lowered = decomposed.ToString().ToLowerInvariant();
        var separated = new StringBuilder(lowered.Length);
        foreach (var c in lowered)
            separated.Append(NameSeparators.Contains(c) ? ' ' : c);
        var words = PythonText.SplitOnSpace(separated.ToString()).Where(w => !Particles.Contains(w));
        return string.Join(' ', words);
    }

    /// <summary>
    /// Python's <c>fold_ar(text)</c>: drop harakat (U+064B..U+0652), superscript alef and tatweel; hamza and wasla
    /// alefs to bare alef; alef maksura to yeh; teh marbuta to heh; every character that is neither a word character
    /// nor white space (punctuation, other marks, RLM/ZWNJ) to a space; white-space runs to one space; trimmed.
    /// Null gives "".
    /// </summary>
    /// <remarks>Deliberately not <see cref="ArabicNormalizer"/>: the scorer's key must be exactly the Python one
    /// (it keeps hamza seats, Arabic-Indic digits and presentation forms as they are).</remarks>
    public static string FoldArabic(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var r in text.EnumerateRunes())
        {
            if (r.Value is >= 0x064B and <= 0x0652 or 0x0670 or ArabicLetters.Tatweel) continue;
            var mapped = r.Value switch
            {
                ArabicLetters.AlefHamzaBelow or ArabicLetters.AlefHamzaAbove or ArabicLetters.AlefMadda
                    or ArabicLetters.AlefWasla => new Rune(ArabicLetters.Alef),
                ArabicLetters.AlefMaksura => new Rune(ArabicLetters.Yeh),
                ArabicLetters.TehMarbuta => new Rune(ArabicLetters.Heh),
                _ => r,
            };
            // [^\w\s] -> ' ', then \s+ -> ' ', then strip(): a run of spaces and non-word characters is one space,
            // and none is written before the first or after the last word character.
            if (PythonText.IsWord(mapped))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(mapped.ToString());
            }
            else
                pendingSpace = true;
        }
        return sb.ToString();
    }
}
