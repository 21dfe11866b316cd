namespace Hadath.Store.Search;

/// <summary>
/// One stored event mention with its article and cluster. Ranges are [start, end) UTF-16 offsets into the
/// article's document text (title + "\n\n" + body).
/// </summary>
public sealed record StoredEvent
{
    public required long Id { get; init; }
    /// <summary>The deduplicated real-world event this mention belongs to.</summary>
    public required long ClusterId { get; init; }
    /// <summary>Mentions of the cluster across all articles (not only those the filter kept).</summary>
    public required int ClusterMentions { get; init; }
    /// <summary>Distinct outlets reporting the cluster.</summary>
    public required int ClusterSources { get; init; }
    public required long ArticleId { get; init; }
    public required string ArticleExtId { get; init; }
    public string? ArticleUrl { get; init; }
    public required string Outlet { get; init; }
    public string? Published { get; init; }
    public string? ArticleTitle { get; init; }
    public required string Type { get; init; }
    public string? Mode { get; init; }
    /// <summary>YYYY-MM-DD, YYYY-MM or YYYY as extracted; null when unknown.</summary>
    public string? Date { get; init; }
    /// <summary>The day the event is filed under (see <see cref="EventFilter.From"/>), YYYY-MM-DD, or null.</summary>
    public string? Day { get; init; }
    public string? LocationName { get; init; }
    public string? LocationCountry { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    /// <summary>ACLED geo_precision: 1 town, 2 region, 3 province or country.</summary>
    public int? GeoPrecision { get; init; }
    public int? Dead { get; init; }
    public int? Injured { get; init; }
    public int? Arrested { get; init; }
    public bool Historical { get; init; }
    public bool Hypothetical { get; init; }
    public bool Negated { get; init; }
    public double Confidence { get; init; }
    public string? AcledType { get; init; }
    public string? AcledSubType { get; init; }
    public required string Evidence { get; init; }
    public required int EvidenceStart { get; init; }
    public required int EvidenceEnd { get; init; }
    public required int TriggerStart { get; init; }
    public required int TriggerEnd { get; init; }
    /// <summary>The rule or model that produced it.</summary>
    public required string Rule { get; init; }
    public IReadOnlyList<StoredParticipant> Actors { get; init; } = [];
    public IReadOnlyList<StoredParticipant> Recipients { get; init; } = [];
}
