using System.Text.Json.Nodes;
using Hadath.Store.Search;

namespace Hadath.Store.Export;

/// <summary>
/// PLOVER's JSON data fields (PLOVER manual, chapter "Data Fields"), one event a line: id, date, actor/recipient
/// as entity objects (code = country, sector, entity_text, identifier_text), event and mode as lists, event_loc as
/// the Mordecai-style location object, event_text, text_info with character offsets, size, cite_info.
/// </summary>
internal static class PloverJsonExport
{
    public static (long, long) Write(IEnumerable<EventCluster> clusters, TextWriter output)
    {
        long written = 0;
        foreach (var cluster in clusters)
        {
            var e = cluster.Representative;
            var record = new JsonObject
            {
                ["id"] = "hadath-" + cluster.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["date"] = e.Day,
                ["actor"] = Entities(e.Actors),
                ["recipient"] = Entities(e.Recipients),
                ["event"] = new JsonArray(e.Type),
                ["mode"] = e.Mode is null ? new JsonArray() : new JsonArray(e.Mode),
                ["context"] = new JsonArray(),
                ["event_loc"] = e.LocationName is null ? null : new JsonObject
                {
                    ["extracted_place"] = e.LocationName, ["resolved_place"] = e.LocationName, ["lat"] = e.Latitude, ["lon"] = e.Longitude,
                    ["country_code"] = e.LocationCountry,
                },
                ["event_text"] = new JsonArray(cluster.Mentions.Select(m => (JsonNode?)m.Evidence).ToArray()),
                ["text_info"] = new JsonObject { ["start"] = e.EvidenceStart, ["end"] = e.EvidenceEnd },
                ["size"] = new JsonObject { ["dead"] = e.Dead, ["injured"] = e.Injured, ["arrested"] = e.Arrested },
                ["cite_info"] = new JsonObject
                {
                    ["citation"] = e.ArticleExtId, ["url"] = e.ArticleUrl, ["title"] = e.ArticleTitle, ["language"] = "ar",
                    ["publication"] = e.Outlet, ["coder"] = "hadath", ["codebook"] = "plover-2.0",
                },
                ["sources"] = cluster.Sources,
                ["mentions"] = e.ClusterMentions,
                ["historical"] = e.Historical, ["hypothetical"] = e.Hypothetical, ["negated"] = e.Negated,
                ["confidence"] = e.Confidence,
            };
            output.Write(record.ToJsonString(JsonlExport.Options));
            output.Write('\n');
            written++;
        }
        return (written, 0);
    }

    private static JsonArray Entities(IReadOnlyList<StoredParticipant> participants) =>
        new(participants.Select(p => (JsonNode?)new JsonObject
        {
            ["code"] = p.Country, ["sector"] = p.Sector, ["identifier_id"] = p.KbId, ["identifier_text"] = p.Name,
        }).ToArray());
}
