using System.Globalization;
using System.Text;

namespace Hadath.IO;

/// <summary>
/// Decodes HTML character references: numeric ones (&amp;#1605; &amp;#x645;) and the named ones news pages use.
/// An unknown or malformed reference stays as written, as browsers do.
/// </summary>
internal static class HtmlEntities
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["nbsp"] = "\u00A0",
        ["hellip"] = "\u2026", ["mdash"] = "\u2014", ["ndash"] = "\u2013", ["laquo"] = "\u00AB", ["raquo"] = "\u00BB",
        ["lsquo"] = "\u2018", ["rsquo"] = "\u2019", ["ldquo"] = "\u201C", ["rdquo"] = "\u201D", ["bull"] = "\u2022",
        ["middot"] = "\u00B7", ["copy"] = "\u00A9", ["reg"] = "\u00AE", ["deg"] = "\u00B0", ["times"] = "\u00D7",
        ["zwnj"] = "\u200C", ["zwj"] = "\u200D", ["lrm"] = "\u200E", ["rlm"] = "\u200F", ["shy"] = "\u00AD",
        ["ensp"] = "\u2002", ["emsp"] = "\u2003", ["thinsp"] = "\u2009",
    };

    public static string Decode(string text)
    {
        var amp = text.IndexOf('&');
        if (amp < 0) return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (amp >= 0)
        {
            sb.Append(text, i, amp - i);
            var end = amp + 1;
            while (end < text.Length && end - amp <= 32 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '#')) end++;
            var name = text.AsSpan(amp + 1, end - amp - 1);
            var consumed = end < text.Length && text[end] == ';' ? end + 1 : end;
            if (Resolve(name) is { } value)
            {
                sb.Append(value);
                i = consumed;
            }
            else
            {
                sb.Append('&');
                i = amp + 1;
            }
            amp = text.IndexOf('&', i);
        }
        sb.Append(text, i, text.Length - i);
        return sb.ToString();
    }

    private static string? Resolve(ReadOnlySpan<char> name)
    {
        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)) return null;
            // Surrogates, out-of-range and NUL become U+FFFD, as the HTML standard says.
            return code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
        }
        return Named.GetValueOrDefault(name.ToString());
    }
}
