namespace Hadath.Store.Search;

/// <summary>
/// Which stored events a search, count or export covers; every criterion given must hold (null = any).
/// </summary>
public sealed record EventFilter
{
    /// <summary>Full-text query over the article text: words all required, "quoted phrases" in order; Arabic
    /// spelling variants, harakat and proclitics are ignored (see <see cref="SearchTerms"/>).</summary>
    public string? Text { get; init; }

    /// <summary>PLOVER types (ASSAULT, CONSULT...); any of them.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Part of an actor's or recipient's name (English canonical or Arabic), compared folded.</summary>
    public string? Actor { get; init; }

    /// <summary>Part of the location's name, compared folded.</summary>
    public string? Place { get; init; }

    /// <summary>ISO 3166-1 alpha-3 of the event's location.</summary>
    public string? Country { get; init; }

    /// <summary>First day, inclusive: the event's own date, or its article's publication date when it has none.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly? To { get; init; }
}
