using System.Globalization;
using System.Text.RegularExpressions;

namespace Hadath.IO;

/// <summary>
/// Reads a publication date from the forms news sources use: ISO 8601 ("2018-02-19", "2018-02-19T00:16:11+04:00"),
/// RFC 822 as in RSS ("Mon, 19 Feb 2018 00:16:11 +0400"), and "2018/02/19". The date is taken as written, in the
/// outlet's own time zone: that is the day its "yesterday" and "on Thursday" refer to.
/// </summary>
public static partial class PublishedDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The date in <paramref name="value"/>, or null when it has none of the known forms.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (IsoDate().Match(s) is { Success: true } iso)
            return Make(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        if (Rfc822().Match(s) is { Success: true } rfc)
        {
            var month = Array.IndexOf(Months, rfc.Groups[2].Value[..3].ToLowerInvariant()) + 1;
            var year = rfc.Groups[3].Value;
            if (year.Length == 2) year = "20" + year; // RFC 822 two-digit years: news feeds are all after 2000
            return month == 0 ? null : Make(year, month.ToString(CultureInfo.InvariantCulture), rfc.Groups[1].Value);
        }
        return null;
    }

    private static DateOnly? Make(string year, string month, string day) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    // ASCII digits only: \d would also accept Arabic-Indic digits, which int.Parse under the invariant culture rejects.
    [GeneratedRegex(@"^([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})(?:$|[T ])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?([0-9]{1,2})\s+([A-Za-z]{3,9})\.?\s+([0-9]{4}|[0-9]{2})\b")]
    private static partial Regex Rfc822();
}
