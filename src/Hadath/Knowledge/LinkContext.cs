namespace Hadath.Knowledge;

/// <summary>
/// What the linker knows about the document around a mention: its date (roles are resolved on it), the countries
/// it names (ISO3, from unambiguous country names and demonyms), and the entries it names in full (partial names
/// such as a bare surname link only to these).
/// </summary>
public sealed record LinkContext(DateOnly? Date, IReadOnlySet<string>? Countries = null, IReadOnlySet<string>? NamedEntries = null)
{
    /// <summary>No date, no context.</summary>
    public static LinkContext Empty { get; } = new((DateOnly?)null);
}
