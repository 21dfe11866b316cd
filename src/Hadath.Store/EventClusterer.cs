using Hadath.Store.Database;

namespace Hadath.Store;

/// <summary>
/// Cross-article deduplication: an event joins the cluster of an already stored event of the same type, the same
/// hypothetical/negated status, a day no more than one apart, and the same location or a shared actor or recipient
/// (by knowledge-base id, else folded name). Otherwise it starts a cluster. Each cluster keeps its number of
/// mentions and of independent sources (distinct outlets), recomputed whenever its members change.
/// </summary>
internal sealed class EventClusterer(StoreDb db)
{
    /// <summary>Days either side of an event's day within which another report can be the same event.</summary>
    public const int DayWindow = 1;

    /// <summary>The cluster the new event belongs to (created when none fits).</summary>
    public long Assign(string type, int? anchorDay, bool hypothetical, bool negated, string? locationKey, IReadOnlyList<string> participantKeys)
    {
        if (anchorDay is { } day && (locationKey is not null || participantKeys.Count > 0))
        {
            var parameters = new List<(string, object?)>
            {
                ("@type", type), ("@hyp", hypothetical ? 1 : 0), ("@neg", negated ? 1 : 0),
                ("@d", day), ("@d0", day - DayWindow), ("@d1", day + DayWindow),
            };
            var same = new List<string>();
            if (locationKey is not null)
            {
                same.Add("e.location_key = @loc");
                parameters.Add(("@loc", locationKey));
            }
            if (participantKeys.Count > 0)
            {
                var names = participantKeys.Select((_, i) => "@k" + i).ToList();
                same.Add($"EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.id AND p.name_key IN ({string.Join(", ", names)}))");
                parameters.AddRange(participantKeys.Select((k, i) => ("@k" + i, (object?)k)));
            }
            var found = db.ScalarLong($"""
                SELECT e.cluster_id FROM events e
                WHERE e.type = @type AND e.hypothetical = @hyp AND e.negated = @neg AND e.anchor_day BETWEEN @d0 AND @d1
                  AND e.cluster_id IS NOT NULL AND ({string.Join(" OR ", same)})
                ORDER BY ABS(e.anchor_day - @d), e.cluster_id
                LIMIT 1
                """, [.. parameters]);
            if (found is { } cluster) return cluster;
        }
        return db.ScalarLong("INSERT INTO clusters (type, first_day, last_day, mentions, sources) VALUES (@t, @d, @d, 0, 0) RETURNING id",
            ("@t", type), ("@d", anchorDay))!.Value;
    }

    /// <summary>Recounts mentions, sources and days of <paramref name="clusters"/>; deletes those left empty.</summary>
    public void Refresh(IEnumerable<long> clusters)
    {
        foreach (var id in clusters)
        {
            db.Execute("""
                UPDATE clusters SET
                    mentions = (SELECT COUNT(*) FROM events e WHERE e.cluster_id = @c),
                    sources = (SELECT COUNT(DISTINCT a.outlet) FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = @c),
                    first_day = (SELECT MIN(e.anchor_day) FROM events e WHERE e.cluster_id = @c),
                    last_day = (SELECT MAX(e.anchor_day) FROM events e WHERE e.cluster_id = @c)
                WHERE id = @c
                """, ("@c", id));
            db.Execute("DELETE FROM clusters WHERE id = @c AND mentions = 0", ("@c", id));
        }
    }
}
