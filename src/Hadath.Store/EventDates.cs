using System.Globalization;

namespace Hadath.Store;

/// <summary>The day an event is filed under, for time filters, counts per day and the ±1 day of deduplication.</summary>
internal static class EventDates
{
    /// <summary>
    /// <see cref="DateOnly.DayNumber"/> of the event's day: its date when it is a full YYYY-MM-DD; for a month or
    /// year, the publication date when it falls in that period (the article speaks of "this month"), else the
    /// period's first day; with no date, the publication date; null when neither is known.
    /// </summary>
    public static int? AnchorDay(string? date, DateOnly? published)
    {
        if (date is { Length: 10 } && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day.DayNumber;
        if (date is { Length: 7 } && DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return published is { } p && p.Year == month.Year && p.Month == month.Month ? p.DayNumber : month.DayNumber;
        if (date is { Length: 4 } && int.TryParse(date, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
            return published is { } p && p.Year == year ? p.DayNumber : new DateOnly(year, 1, 1).DayNumber;
        return published?.DayNumber;
    }

    /// <summary>"YYYY-MM-DD" of a day number.</summary>
    public static string Format(long dayNumber) => DateOnly.FromDayNumber((int)dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
