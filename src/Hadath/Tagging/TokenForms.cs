using System.Globalization;
using Hadath.Text;

namespace Hadath.Tagging;

/// <summary>
/// How taggers and the cluster builder spell a token before looking it up: the matching normalisation
/// (hamza seats, alef variants, teh marbuta, harakat removed), lower-case Latin, and every digit run
/// folded to "0" so numbers share one entry. Both sides must use this one function or lookups miss.
/// </summary>
internal static class TokenForms
{
    /// <summary>Lookup key of a token.</summary>
    public static string Key(string token)
    {
        var normalized = ArabicNormalizer.NormalizeKey(token, NormalizationRules.ForMatching);
        Span<char> buffer = normalized.Length <= 256 ? stackalloc char[normalized.Length] : new char[normalized.Length];
        var n = 0;
        var inDigits = false;
        foreach (var c in normalized)
        {
            if (char.IsAsciiDigit(c))
            {
                if (!inDigits) buffer[n++] = '0';
                inDigits = true;
                continue;
            }
            inDigits = false;
            buffer[n++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
        return new string(buffer[..n]);
    }

    /// <summary>True for letters of the Arabic block (U+0620..U+064A, U+066E..U+06D3).</summary>
    public static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3';

    /// <summary>
    /// Splits raw text into word tokens (runs of letters, digits and combining marks) and single punctuation
    /// tokens; whitespace separates. Good enough for corpus statistics; the pipeline's own tokeniser is in Text/.
    /// </summary>
    public static void Split(string text, List<string> output)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var cat = char.GetUnicodeCategory(c);
            var wordChar = char.IsLetterOrDigit(c) || cat is UnicodeCategory.NonSpacingMark || c == '\u0640';
            if (wordChar)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0) { output.Add(text[start..i]); start = -1; }
            if (!char.IsWhiteSpace(c) && cat is not UnicodeCategory.Format and not UnicodeCategory.Control) output.Add(c.ToString());
        }
    }
}
