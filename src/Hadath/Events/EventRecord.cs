using Hadath.Text;

namespace Hadath.Events;

/// <summary>A participant of an event: a linked entity or a short description of an unnamed one.</summary>
/// <param name="Name">Canonical English name, or a description ("unidentified gunmen").</param>
/// <param name="Country">ISO 3166-1 alpha-3, or null.</param>
/// <param name="Sector">PLOVER sector code (GOV, MIL, REB, CVL...), or null.</param>
/// <param name="Range">Where the text names it, if it does.</param>
public sealed record EventParticipant(string Name, string? Country, string? Sector, TextRange? Range = null, string? EntryId = null);

/// <summary>Where an event happened.</summary>
/// <param name="Precision">How exact the place is, as ACLED's geo_precision: 1 town, 2 region, 3 province or country.</param>
public sealed record EventLocation(string Name, string? Country, TextRange? Range = null,
    double? Latitude = null, double? Longitude = null, int? Precision = null, string? EntryId = null);

/// <summary>Reported counts; null where the text gives none.</summary>
public sealed record EventSize(int? Dead, int? Injured, int? Arrested)
{
    public static readonly EventSize None = new(null, null, null);
}

/// <summary>
/// One PLOVER event as reported by a document. <see cref="Evidence"/> is the range of the text that
/// supports it; <see cref="Trigger"/> the word or phrase that signalled it.
/// </summary>
public sealed record EventRecord
{
    public required string Type { get; init; }
    public string? Mode { get; init; }
    public IReadOnlyList<EventParticipant> Actors { get; init; } = [];
    public IReadOnlyList<EventParticipant> Recipients { get; init; } = [];
    public EventLocation? Location { get; init; }
    /// <summary>YYYY-MM-DD, YYYY-MM or YYYY, resolved against the publication date; null when unknown.</summary>
    public string? Date { get; init; }
    public EventSize Size { get; init; } = EventSize.None;
    public bool Historical { get; init; }
    public bool Hypothetical { get; init; }
    public bool Negated { get; init; }
    /// <summary>0..1: how sure the extractor is.</summary>
    public double Confidence { get; init; } = 0.5;
    public required TextRange Evidence { get; init; }
    public required TextRange Trigger { get; init; }
    /// <summary>The rule or model that produced the record.</summary>
    public required string Source { get; init; }
    /// <summary>ACLED event type / sub-type for conflict events, or null.</summary>
    public string? AcledType { get; init; }
    public string? AcledSubType { get; init; }
}
