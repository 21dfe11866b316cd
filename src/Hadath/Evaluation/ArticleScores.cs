namespace Hadath.Evaluation;

/// <summary>
/// Everything shared/tools/score_articles.py reports for a gold file against a system file; the object its
/// <c>--json</c> prints, field for field. See <see cref="ScoreReport"/> for the two printed forms.
/// </summary>
public sealed record ArticleScores
{
    /// <summary>Entities matched by name or shared Arabic mention, and of the same type.</summary>
    public required PrfScore EntityTyped { get; init; }
    /// <summary>Entities matched by name or shared Arabic mention, type ignored.</summary>
    public required PrfScore EntityName { get; init; }
    /// <summary>Entities matched by canonical name (or gold alias) only: the linking measure.</summary>
    public required PrfScore EntityLinked { get; init; }
    /// <summary>Events; matches to optional gold events (historical, hypothetical, negated) count nothing.</summary>
    public required PrfScore Event { get; init; }
    /// <summary>Quotes: same speaker and texts sharing at least half of the shorter one.</summary>
    public required PrfScore Quote { get; init; }
    /// <summary>Per-argument agreement on matched event pairs.</summary>
    public required EventArgumentAccuracy EventArgs { get; init; }
    /// <summary>Event scores per PLOVER type, in code-point order of the type name ("?" for a system event
    /// without type).</summary>
    public required IReadOnlyList<KeyValuePair<string, PrfScore>> EventByType { get; init; }
    /// <summary>Number of gold articles scored.</summary>
    public required int Articles { get; init; }
}
