using System.Globalization;
using System.Text.RegularExpressions;

namespace Hadath.Knowledge.Build;

/// <summary>
/// Date ranges of the TABARI/PETRARCH dictionaries: "[CODE 20000717-20100531]", "[CODE &gt;20000717]" (from),
/// "[CODE &lt;20050631]" (until), "[CODE 19840502-18000101]" (a pre-1900 end means "open"). Impossible days
/// ("20030931", used for "end of September") are clamped to the month's last day.
/// </summary>
internal static partial class CameoDates
{
    /// <summary>Parses the inside of one bracket: code, then an optional range.</summary>
    public static (string Code, DateOnly? From, DateOnly? To) ParseBracket(string inner)
    {
        var m = Bracket().Match(inner.Trim());
        if (!m.Success) return (inner.Trim(), null, null);
        var code = m.Groups["code"].Value;
        DateOnly? from = null, to = null;
        if (m.Groups["gt"].Success) from = Date(m.Groups["gt"].Value);
        else if (m.Groups["lt"].Success) to = Date(m.Groups["lt"].Value);
        else if (m.Groups["a"].Success)
        {
            from = Date(m.Groups["a"].Value);
            to = Date(m.Groups["b"].Value);
        }
        return (code, from, to);
    }

    /// <summary>A yyyymmdd date, or null when before 1900 or malformed.</summary>
    public static DateOnly? Date(string yyyymmdd)
    {
        if (yyyymmdd.Length != 8 || !int.TryParse(yyyymmdd, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return null;
        int year = v / 10000, month = Math.Clamp(v / 100 % 100, 1, 12), day = Math.Max(1, v % 100);
        if (year < 1900 || year > 2100) return null;
        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }

    [GeneratedRegex(@"^(?<code>[A-Z~]*)\s*(?:>\s*(?<gt>\d{8})|<\s*(?<lt>\d{8})|(?<a>\d{8})\s*-\s*(?<b>\d{8}))?\s*$")]
    private static partial Regex Bracket();
}
