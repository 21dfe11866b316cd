namespace Hadath.Evaluation;

/// <summary>
/// Share of matched event pairs (optional gold events included) whose argument agrees, rounded to 4 decimals; null
/// when no pair was matched. Python's <c>event_args</c>, in its key order.
/// </summary>
public sealed record EventArgumentAccuracy(double? Actor, double? Recipient, double? Location, double? Date, double? Dead)
{
    /// <summary>The five figures with their Python key names, in output order.</summary>
    public IEnumerable<KeyValuePair<string, double?>> Named() =>
    [
        new("actor", Actor), new("recipient", Recipient), new("location", Location), new("date", Date), new("dead", Dead),
    ];
}
