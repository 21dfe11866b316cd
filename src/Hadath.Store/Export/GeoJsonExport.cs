using System.Text.Json.Nodes;
using Hadath.Store.Search;

namespace Hadath.Store.Export;

/// <summary>A GeoJSON FeatureCollection (RFC 7946): one Point [longitude, latitude] per event whose location has
/// coordinates; events without them are counted as skipped.</summary>
internal static class GeoJsonExport
{
    public static (long, long) Write(IEnumerable<EventCluster> clusters, TextWriter output)
    {
        long written = 0, skipped = 0;
        output.Write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        foreach (var cluster in clusters)
        {
            var e = cluster.Representative;
            if (e.Latitude is not { } lat || e.Longitude is not { } lon)
            {
                skipped++;
                continue;
            }
            var feature = new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) },
                ["properties"] = new JsonObject
                {
                    ["event_id"] = cluster.Id, ["type"] = e.Type, ["mode"] = e.Mode, ["date"] = e.Day, ["location"] = e.LocationName,
                    ["country"] = e.LocationCountry, ["geo_precision"] = e.GeoPrecision,
                    ["actors"] = string.Join("; ", e.Actors.Select(a => a.Name)), ["recipients"] = string.Join("; ", e.Recipients.Select(a => a.Name)),
                    ["dead"] = e.Dead, ["sources"] = cluster.Sources, ["mentions"] = e.ClusterMentions, ["evidence"] = e.Evidence,
                    ["article_id"] = e.ArticleExtId, ["url"] = e.ArticleUrl,
                },
            };
            if (written > 0) output.Write(",\n");
            output.Write(feature.ToJsonString(JsonlExport.Options));
            written++;
        }
        output.Write("\n]}\n");
        return (written, skipped);
    }
}
