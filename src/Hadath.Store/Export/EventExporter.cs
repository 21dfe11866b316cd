using Hadath.Store.Search;

namespace Hadath.Store.Export;

/// <summary>Writes clusters (deduplicated events) in one of the <see cref="ExportFormat"/>s.</summary>
public static class EventExporter
{
    /// <summary>Writes <paramref name="clusters"/> to <paramref name="output"/>; returns (written, skipped) — skipped
    /// are events the format cannot hold (no coordinates for GeoJSON, not an ACLED event type for CSV).</summary>
    public static (long Written, long Skipped) Write(IEnumerable<EventCluster> clusters, ExportFormat format, TextWriter output) => format switch
    {
        ExportFormat.Jsonl => JsonlExport.Write(clusters, output),
        ExportFormat.AcledCsv => AcledCsvExport.Write(clusters, output),
        ExportFormat.PloverJson => PloverJsonExport.Write(clusters, output),
        ExportFormat.GeoJson => GeoJsonExport.Write(clusters, output),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>"jsonl", "acled-csv", "plover-json", "geojson" → the format; null for anything else.</summary>
    public static ExportFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "jsonl" => ExportFormat.Jsonl,
        "acled-csv" or "acled" or "csv" => ExportFormat.AcledCsv,
        "plover-json" or "plover" => ExportFormat.PloverJson,
        "geojson" => ExportFormat.GeoJson,
        _ => null,
    };
}
