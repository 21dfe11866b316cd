using System.Globalization;
using System.Text;

namespace Hadath.Evaluation;

/// <summary>
/// Python 3 string semantics the scorer port depends on: what <c>\s</c>/<c>str.isspace</c> and <c>\w</c> match,
/// and lengths, padding and ordering counted in code points (Python's unit) rather than UTF-16 units.
/// </summary>
internal static class PythonText
{
    /// <summary>Python's <c>str.isspace</c> (and regex <c>\s</c>): .NET's white space plus U+001C..U+001F, which
    /// Python counts as separators (bidi class B/S) and .NET does not.</summary>
    public static bool IsSpace(Rune r) =>
        r.Value is >= 0x1C and <= 0x1F || Rune.IsWhiteSpace(r);

    /// <summary>Python's regex <c>\w</c> on str patterns: letters (L*), numbers (N*) and underscore. Combining marks
    /// and format characters (RLM, ZWNJ) are not word characters. Categories come from .NET's Unicode tables, which
    /// may be newer than Python's (3.11: Unicode 14); only characters assigned since then differ.</summary>
    public static bool IsWord(Rune r)
    {
        if (r.Value == '_') return true;
        return Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>Python's <c>s.split()</c> with no separator: runs of white space separate, none are kept.</summary>
    public static List<string> SplitOnSpace(string s)
    {
        var words = new List<string>();
        var start = -1;
        var i = 0;
        while (i < s.Length)
        {
            Rune.DecodeFromUtf16(s.AsSpan(i), out var r, out var used);
            if (IsSpace(r))
            {
                if (start >= 0) words.Add(s[start..i]);
                start = -1;
            }
            else if (start < 0)
                start = i;
            i += used;
        }
        if (start >= 0) words.Add(s[start..]);
        return words;
    }

    /// <summary>The code points of <paramref name="s"/> (Python indexes strings by code point).</summary>
    public static int[] CodePoints(string s)
    {
        var result = new List<int>(s.Length);
        foreach (var r in s.EnumerateRunes()) result.Add(r.Value);
        return [.. result];
    }

    /// <summary>Python's <c>f"{s:width}"</c> for a string: left-aligned, padded with spaces to
    /// <paramref name="width"/> code points, never truncated.</summary>
    public static string PadRight(string s, int width)
    {
        var length = s.EnumerateRunes().Count();
        return length >= width ? s : s + new string(' ', width - length);
    }
}
