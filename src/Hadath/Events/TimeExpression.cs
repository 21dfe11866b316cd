namespace Hadath.Events;

/// <summary>How exact a resolved date is.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>
/// A date found in a word sequence: words <c>[FirstWord, FirstWord + WordCount)</c> resolved to <see cref="Date"/>
/// (YYYY-MM-DD, YYYY-MM or YYYY, by <see cref="Precision"/>). <see cref="Explicit"/> is false for a bare weekday
/// or "today", which date the event only through the publication date.
/// </summary>
public sealed record TimeExpression(int FirstWord, int WordCount, string Date, DatePrecision Precision, bool Explicit);
