namespace Hadath.Store.Export;

/// <summary>Formats of <c>hadath export</c>.</summary>
public enum ExportFormat
{
    /// <summary>One event a line: GOLD_FORMAT.md's event fields plus ids, ranges, sources and every report.</summary>
    Jsonl,
    /// <summary>ACLED's CSV columns, in ACLED's order; conflict and protest events only.</summary>
    AcledCsv,
    /// <summary>PLOVER's JSON data fields (PLOVER manual, "Data Fields"), one event a line as the manual suggests.</summary>
    PloverJson,
    /// <summary>A GeoJSON FeatureCollection of the events whose location has coordinates.</summary>
    GeoJson,
}
