namespace Hadath.Knowledge;

/// <summary>
/// A position an actor held: <see cref="Role"/> is a key from kb/titles.tsv ("foreign-minister", "president")
/// or null for a plain affiliation; <see cref="Country"/> is the ISO3 of the office, <see cref="Sector"/> the PLOVER
/// sector it implies. Dates are inclusive; null means open (unknown start, or still in office).
/// </summary>
public sealed record KbRole(string? Role, string? Country, string? Sector, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the role was held on <paramref name="date"/> (open ends always match).</summary>
    public bool ActiveOn(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);
}
