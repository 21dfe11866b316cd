using System.Text.Json;
using System.Text.Json.Nodes;
using Hadath.Output;
using Hadath.Store.Search;

namespace Hadath.Store.Export;

/// <summary>
/// One deduplicated event a line: the fields of GOLD_FORMAT.md's event (<see cref="EventJson"/>, so the schema is
/// not repeated here) from its best-supported report, then "event_id" (cluster), "sources" (distinct outlets),
/// "mentions", "confidence", ACLED type, coordinates, and "reports": every report with its article and the
/// evidence and trigger ranges [start, end) in UTF-16 units of that article's document text.
/// </summary>
internal static class JsonlExport
{
    internal static readonly JsonSerializerOptions Options = ArticleJson.Options;

    public static (long, long) Write(IEnumerable<EventCluster> clusters, TextWriter output)
    {
        long written = 0;
        foreach (var cluster in clusters)
        {
            var e = cluster.Representative;
            var line = JsonSerializer.SerializeToNode(ToGold(e), Options)!.AsObject();
            line["event_id"] = cluster.Id;
            line["sources"] = cluster.Sources;
            line["mentions"] = e.ClusterMentions;
            line["confidence"] = e.Confidence;
            line["day"] = e.Day;
            line["acled_event_type"] = e.AcledType;
            line["acled_sub_event_type"] = e.AcledSubType;
            line["latitude"] = e.Latitude;
            line["longitude"] = e.Longitude;
            var reports = new JsonArray();
            foreach (var m in cluster.Mentions)
                reports.Add(new JsonObject
                {
                    ["article_id"] = m.ArticleExtId, ["url"] = m.ArticleUrl, ["source"] = m.Outlet, ["published"] = m.Published,
                    ["evidence"] = m.Evidence, ["evidence_range"] = new JsonArray(m.EvidenceStart, m.EvidenceEnd),
                    ["trigger_range"] = new JsonArray(m.TriggerStart, m.TriggerEnd), ["rule"] = m.Rule,
                });
            line["reports"] = reports;
            output.Write(line.ToJsonString(Options));
            output.Write('\n');
            written++;
        }
        return (written, 0);
    }

    /// <summary>The report as GOLD_FORMAT.md's event record.</summary>
    public static EventJson ToGold(StoredEvent e) => new()
    {
        Type = e.Type,
        Mode = e.Mode,
        Actor = e.Actors.Select(ToActor).ToList(),
        Recipient = e.Recipients.Select(ToActor).ToList(),
        Location = e.LocationName is null ? null : new LocationJson { Name = e.LocationName, Country = e.LocationCountry },
        Date = e.Date,
        Size = new SizeJson { Dead = e.Dead, Injured = e.Injured, Arrested = e.Arrested },
        Historical = e.Historical,
        Hypothetical = e.Hypothetical,
        Negated = e.Negated,
        Evidence = e.Evidence,
    };

    private static ActorJson ToActor(StoredParticipant p) => new() { Name = p.Name, Country = p.Country, Sector = p.Sector };
}
