using System.Globalization;
using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// Finds dates in a sentence's words (normalised with <see cref="NormalizationRules.ForMatching"/>, clitics possibly
/// attached) and resolves them against the publication date: "12 يوليو" → the last 12 July on or before publication,
/// "الخميس" → the last Thursday on or before it, "أمس" → the day before, "في ديسمبر" → that month, "عام 1967" → 1967.
/// The vocabulary is the table <c>Events/Data/time-expressions.tsv</c>.
/// </summary>
public static class DateResolver
{
    private sealed record Entry(string Kind, int Value, int WordCount);

    private static readonly Dictionary<string, Entry> Table = Load();
    private static readonly string Past = ArabicNormalizer.NormalizeKey("الماضي");
    private static readonly string PastFem = ArabicNormalizer.NormalizeKey("الماضية");
    private static readonly string Next = ArabicNormalizer.NormalizeKey("المقبل");
    private static readonly string NextFem = ArabicNormalizer.NormalizeKey("المقبلة");
    private static readonly string This = ArabicNormalizer.NormalizeKey("هذا");
    private static readonly string ThisFem = ArabicNormalizer.NormalizeKey("هذه");
    private static readonly string YearWord = ArabicNormalizer.NormalizeKey("عام");
    private static readonly string YearWord2 = ArabicNormalizer.NormalizeKey("سنة");
    private static readonly string Since = ArabicNormalizer.NormalizeKey("منذ");
    private static readonly string In = ArabicNormalizer.NormalizeKey("في");

    /// <summary>Every date expression in <paramref name="words"/>, in order.</summary>
    public static List<TimeExpression> FindAll(IReadOnlyList<string> words, DateOnly published)
    {
        var found = new List<TimeExpression>();
        for (var i = 0; i < words.Count; i++)
        {
            var expression = At(words, i, published);
            if (expression is null) continue;
            found.Add(expression);
            i = expression.FirstWord + expression.WordCount - 1;
        }
        return found;
    }

    private static TimeExpression? At(IReadOnlyList<string> words, int i, DateOnly published)
    {
        var word = words[i];
        if (Year(word) is { } bareYear && i > 0 && IsYearCue(words[i - 1]))
            return new TimeExpression(i - 1, 2, bareYear.ToString("D4", CultureInfo.InvariantCulture), DatePrecision.Year, true);

        // "12 يوليو [2025]" / "12 يوليو/تموز": a day number then a month.
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31
            && i + 1 < words.Count && Match(words, i + 1) is { Kind: "month" } dayMonth)
        {
            var end = i + 1 + dayMonth.WordCount;
            end = SkipAlternateMonth(words, end);
            var year = end < words.Count && Year(words[end]) is { } y ? y : (int?)null;
            var count = end - i + (year is null ? 0 : 1);
            year ??= LastYearHaving(dayMonth.Value, published);
            if (day > DateTime.DaysInMonth(year.Value, dayMonth.Value)) return null;
            return new TimeExpression(i, count, new DateOnly(year.Value, dayMonth.Value, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Day, true);
        }

        var entry = Match(words, i);
        if (entry is null) return null;
        var after = i + entry.WordCount;
        switch (entry.Kind)
        {
            case "month":
            {
                var end = SkipAlternateMonth(words, after);
                var year = end < words.Count && Year(words[end]) is { } y ? y : (int?)null;
                // A two-letter month (آب) is also a common noun ("father"): accept it only with a year.
                if (year is null && word.Length <= 2) return null;
                var count = end - i + (year is null ? 0 : 1);
                year ??= LastYearHaving(entry.Value, published);
                return new TimeExpression(i, count, $"{year:D4}-{entry.Value:D2}", DatePrecision.Month, true);
            }
            case "weekday":
            {
                var strictlyBefore = after < words.Count && (words[after] == Past || words[after] == PastFem);
                var date = LastWeekday((DayOfWeek)entry.Value, published, strictlyBefore);
                return new TimeExpression(i, after - i + (strictlyBefore ? 1 : 0), Iso(date), DatePrecision.Day, strictlyBefore);
            }
            case "day":
                return new TimeExpression(i, entry.WordCount, Iso(published.AddDays(entry.Value)), DatePrecision.Day, entry.Value != 0);
            case "rel-month" or "rel-year":
            {
                var offset = Offset(words, i, after);
                if (offset is null) return null;
                var first = offset.Value.UsesThis ? i - 1 : i;
                var count = after - first + (offset.Value.UsesThis ? 0 : 1);
                if (entry.Kind == "rel-year")
                    return new TimeExpression(first, count, (published.Year + offset.Value.By).ToString("D4", CultureInfo.InvariantCulture), DatePrecision.Year, true);
                var month = published.AddMonths(offset.Value.By);
                return new TimeExpression(first, count, $"{month.Year:D4}-{month.Month:D2}", DatePrecision.Month, true);
            }
            default:
                return null;
        }
    }

    private static (int By, bool UsesThis)? Offset(IReadOnlyList<string> words, int i, int after)
    {
        if (after < words.Count && (words[after] == Past || words[after] == PastFem)) return (-1, false);
        if (after < words.Count && (words[after] == Next || words[after] == NextFem)) return (1, false);
        if (i > 0 && (words[i - 1] == This || words[i - 1] == ThisFem)) return (0, true);
        return null;
    }

    private static bool IsYearCue(string word) =>
        word == YearWord || word == YearWord2 || word == Since || word == In
        || CliticVariants.Of(word).Any(v => v == YearWord || v == YearWord2);

    private static int? Year(string word) =>
        word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : null;

    /// <summary>"يوليو/تموز": papers write both month names; the second adds nothing.</summary>
    private static int SkipAlternateMonth(IReadOnlyList<string> words, int at)
    {
        if (at + 1 < words.Count && words[at] == "/" && Match(words, at + 1) is { Kind: "month" } alternate)
            return at + 1 + alternate.WordCount;
        return at;
    }

    private static Entry? Match(IReadOnlyList<string> words, int i)
    {
        if (i + 1 < words.Count && Table.TryGetValue(words[i] + " " + words[i + 1], out var two) && two.WordCount == 2) return two;
        return CliticVariants.TryLookup(words[i], Table, out _, out var one) && one.WordCount == 1 ? one : null;
    }

    private static int LastYearHaving(int month, DateOnly published) => month <= published.Month ? published.Year : published.Year - 1;

    private static DateOnly LastWeekday(DayOfWeek day, DateOnly published, bool strictlyBefore)
    {
        var back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        if (back == 0 && strictlyBefore) back = 7;
        return published.AddDays(-back);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, Entry> Load()
    {
        const string file = "time-expressions.tsv";
        var table = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadTsv(file))
        {
            if (!int.TryParse(row[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                throw EmbeddedData.BadRow(file, row, $"value '{row[2]}' is not a number");
            var key = ArabicNormalizer.NormalizeKey(row[0]);
            table[key] = new Entry(row[1], value, key.Split(' ').Length);
        }
        return table;
    }
}
