using System.Data.Common;
using System.Globalization;
using Hadath.Store.Database;

namespace Hadath.Store.Search;

/// <summary>What <see cref="EventSearch.CountBy"/> groups on.</summary>
public enum CountKey { Day, Actor, Place, Type, Country }

/// <summary>
/// Reads a store: events matching an <see cref="EventFilter"/>, deduplicated into clusters or one by one, counts
/// per day / actor / place, and articles matching a text query. Same SQL on SQLite and PostgreSQL.
/// </summary>
/// <example><code>
/// using var store = ArticleStore.Open("news.db");
/// var search = new EventSearch(store);
/// foreach (var c in search.Clusters(new EventFilter { Text = "غارة", Types = ["ASSAULT"] }, limit: 20))
///     Console.WriteLine($"{c.Representative.Day} {c.Representative.LocationName} sources={c.Sources}");
/// </code></example>
public sealed class EventSearch(ArticleStore store)
{
    private const int Page = 500;
    private readonly StoreDb _db = store.Db;

    private const string Columns = """
        e.id, e.cluster_id, c.mentions, c.sources, a.id, a.ext_id, a.url, a.outlet, a.published, a.title,
        e.type, e.mode, e.date, e.anchor_day, e.location_name, e.location_country, e.latitude, e.longitude, e.geo_precision,
        e.dead, e.injured, e.arrested, e.historical, e.hypothetical, e.negated, e.confidence, e.acled_type, e.acled_sub_type,
        e.evidence, e.evidence_start, e.evidence_end, e.trigger_start, e.trigger_end, e.rule
        """;

    private const string From = "FROM events e JOIN articles a ON a.id = e.article_id JOIN clusters c ON c.id = e.cluster_id";

    /// <summary>The most recent <paramref name="limit"/> deduplicated events (by latest day) with their matching mentions.</summary>
    public IReadOnlyList<EventCluster> Clusters(EventFilter filter, int limit)
    {
        var (where, parameters) = Where(filter);
        var ids = new List<long>();
        using (var command = _db.Command($"""
            SELECT e.cluster_id, MAX(e.anchor_day) AS day {From} WHERE {where}
            GROUP BY e.cluster_id ORDER BY day DESC, e.cluster_id DESC LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
            """, [.. parameters]))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) ids.Add(reader.GetInt64(0));
        if (ids.Count == 0) return [];
        var events = new List<StoredEvent>();
        foreach (var chunk in ids.Chunk(Page))
        {
            var inList = string.Join(", ", chunk.Select(id => id.ToString(CultureInfo.InvariantCulture)));
            events.AddRange(Read($"SELECT {Columns} {From} WHERE {where} AND e.cluster_id IN ({inList}) ORDER BY e.cluster_id, e.id", parameters));
        }
        var byCluster = events.GroupBy(e => e.ClusterId).ToDictionary(g => g.Key, g => g.ToList());
        return ids.Where(byCluster.ContainsKey).Select(id => ToCluster(byCluster[id])).ToList();
    }

    /// <summary>Every matching mention, in cluster order (mentions of one cluster adjacent), streamed page by page.</summary>
    public IEnumerable<StoredEvent> Events(EventFilter filter)
    {
        var (where, parameters) = Where(filter);
        long lastCluster = long.MinValue, lastId = long.MinValue;
        while (true)
        {
            var page = Read($"""
                SELECT {Columns} {From} WHERE {where} AND (e.cluster_id > @lc OR (e.cluster_id = @lc AND e.id > @li))
                ORDER BY e.cluster_id, e.id LIMIT {Page.ToString(CultureInfo.InvariantCulture)}
                """, [.. parameters, ("@lc", lastCluster), ("@li", lastId)]);
            foreach (var e in page) yield return e;
            if (page.Count < Page) yield break;
            lastCluster = page[^1].ClusterId;
            lastId = page[^1].Id;
        }
    }

    /// <summary>Every matching cluster, streamed (for exports); each with the mentions the filter kept.</summary>
    public IEnumerable<EventCluster> AllClusters(EventFilter filter)
    {
        var group = new List<StoredEvent>();
        foreach (var e in Events(filter))
        {
            if (group.Count > 0 && group[0].ClusterId != e.ClusterId)
            {
                yield return ToCluster(group);
                group = [];
            }
            group.Add(e);
        }
        if (group.Count > 0) yield return ToCluster(group);
    }

    /// <summary>Matching events counted per <paramref name="key"/>: distinct clusters and mentions. Days ascend; the
    /// other keys come most frequent first.</summary>
    public IReadOnlyList<CountRow> CountBy(EventFilter filter, CountKey key)
    {
        var (where, parameters) = Where(filter);
        var (expression, join, order) = key switch
        {
            CountKey.Day => ("e.anchor_day", "", "k"),
            CountKey.Actor => ("p.name", " JOIN participants p ON p.event_id = e.id AND p.role = 'actor'", "events DESC, k"),
            CountKey.Place => ("e.location_name", "", "events DESC, k"),
            CountKey.Type => ("e.type", "", "events DESC, k"),
            CountKey.Country => ("e.location_country", "", "events DESC, k"),
            _ => throw new ArgumentOutOfRangeException(nameof(key)),
        };
        var rows = new List<CountRow>();
        using var command = _db.Command($"""
            SELECT {expression} AS k, COUNT(DISTINCT e.cluster_id) AS events, COUNT(DISTINCT e.id) AS mentions
            {From}{join} WHERE {where} AND {expression} IS NOT NULL GROUP BY {expression} ORDER BY {order}
            """, [.. parameters]);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var k = key == CountKey.Day ? EventDates.Format(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture)) : reader.GetString(0);
            rows.Add(new CountRow(k, Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }
        return rows;
    }

    /// <summary>Articles matching <see cref="EventFilter.Text"/> (and published within From..To), newest first.</summary>
    public IReadOnlyList<ArticleHit> Articles(EventFilter filter, int limit)
    {
        var clauses = new List<string> { "1 = 1" };
        var parameters = new List<(string, object?)>();
        if (FullText(filter.Text) is { } fts)
        {
            clauses.Add($"a.id IN ({_db.Dialect.FullTextMatch})");
            parameters.Add(("@fts", fts));
        }
        if (filter.From is { } from) { clauses.Add("a.published >= @from"); parameters.Add(("@from", Iso(from))); }
        if (filter.To is { } to) { clauses.Add("a.published <= @to"); parameters.Add(("@to", Iso(to))); }
        var hits = new List<ArticleHit>();
        using var command = _db.Command($"""
            SELECT a.id, a.ext_id, a.published, a.outlet, a.title, a.url, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)
            FROM articles a WHERE {string.Join(" AND ", clauses)} ORDER BY a.published DESC, a.id DESC LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
            """, [.. parameters]);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            hits.Add(new ArticleHit(reader.GetInt64(0), reader.GetString(1), Text(reader, 2), reader.GetString(3), Text(reader, 4), Text(reader, 5),
                Convert.ToInt64(reader.GetValue(6), CultureInfo.InvariantCulture)));
        return hits;
    }

    private string? FullText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var phrases = SearchTerms.ParseQuery(text);
        // A query of punctuation alone matches nothing rather than everything.
        return phrases.Count == 0 ? "\"\"" : _db.Dialect.FullTextQuery(phrases);
    }

    private (string Where, List<(string, object?)> Parameters) Where(EventFilter f)
    {
        var clauses = new List<string> { "1 = 1" };
        var parameters = new List<(string, object?)>();
        if (f.Types.Count > 0)
        {
            clauses.Add($"e.type IN ({string.Join(", ", f.Types.Select((_, i) => "@type" + i))})");
            parameters.AddRange(f.Types.Select((t, i) => ("@type" + i, (object?)t.Trim().ToUpperInvariant())));
        }
        if (!string.IsNullOrWhiteSpace(f.Actor))
        {
            clauses.Add(@"EXISTS (SELECT 1 FROM participants p2 WHERE p2.event_id = e.id AND p2.name_fold LIKE @actor ESCAPE '\')");
            parameters.Add(("@actor", Contains(f.Actor)));
        }
        if (!string.IsNullOrWhiteSpace(f.Place))
        {
            clauses.Add(@"e.location_fold LIKE @place ESCAPE '\'");
            parameters.Add(("@place", Contains(f.Place)));
        }
        if (!string.IsNullOrWhiteSpace(f.Country))
        {
            clauses.Add("e.location_country = @country");
            parameters.Add(("@country", f.Country.Trim().ToUpperInvariant()));
        }
        if (f.From is { } from) { clauses.Add("e.anchor_day >= @from"); parameters.Add(("@from", from.DayNumber)); }
        if (f.To is { } to) { clauses.Add("e.anchor_day <= @to"); parameters.Add(("@to", to.DayNumber)); }
        if (FullText(f.Text) is { } fts)
        {
            clauses.Add($"e.article_id IN ({_db.Dialect.FullTextMatch})");
            parameters.Add(("@fts", fts));
        }
        return (string.Join(" AND ", clauses), parameters);
    }

    private static string Contains(string value) =>
        "%" + SearchTerms.FoldName(value).Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static EventCluster ToCluster(List<StoredEvent> mentions)
    {
        var best = mentions[0];
        foreach (var m in mentions)
            if (m.Confidence > best.Confidence) best = m;
        return new EventCluster(best, mentions);
    }

    private List<StoredEvent> Read(string sql, List<(string, object?)> parameters)
    {
        var events = new List<StoredEvent>();
        using (var command = _db.Command(sql, [.. parameters]))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                events.Add(new StoredEvent
                {
                    Id = r.GetInt64(0), ClusterId = r.GetInt64(1), ClusterMentions = Int(r, 2)!.Value, ClusterSources = Int(r, 3)!.Value,
                    ArticleId = r.GetInt64(4), ArticleExtId = r.GetString(5), ArticleUrl = Text(r, 6), Outlet = r.GetString(7),
                    Published = Text(r, 8), ArticleTitle = Text(r, 9), Type = r.GetString(10), Mode = Text(r, 11), Date = Text(r, 12),
                    Day = r.IsDBNull(13) ? null : EventDates.Format(r.GetInt64(13)),
                    LocationName = Text(r, 14), LocationCountry = Text(r, 15), Latitude = Real(r, 16), Longitude = Real(r, 17), GeoPrecision = Int(r, 18),
                    Dead = Int(r, 19), Injured = Int(r, 20), Arrested = Int(r, 21),
                    Historical = Int(r, 22) == 1, Hypothetical = Int(r, 23) == 1, Negated = Int(r, 24) == 1, Confidence = Real(r, 25) ?? 0,
                    AcledType = Text(r, 26), AcledSubType = Text(r, 27), Evidence = r.GetString(28),
                    EvidenceStart = Int(r, 29)!.Value, EvidenceEnd = Int(r, 30)!.Value, TriggerStart = Int(r, 31)!.Value, TriggerEnd = Int(r, 32)!.Value,
                    Rule = r.GetString(33),
                });
            }
        }
        return events.Count == 0 ? events : WithParticipants(events);
    }

    private List<StoredEvent> WithParticipants(List<StoredEvent> events)
    {
        var byEvent = new Dictionary<long, (List<StoredParticipant> Actors, List<StoredParticipant> Recipients)>();
        var inList = string.Join(", ", events.Select(e => e.Id.ToString(CultureInfo.InvariantCulture)));
        using (var command = _db.Command($"SELECT event_id, role, name, country, sector, kb_id, start_char, end_char FROM participants WHERE event_id IN ({inList}) ORDER BY event_id, role, ordinal"))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                var id = r.GetInt64(0);
                if (!byEvent.TryGetValue(id, out var lists)) byEvent[id] = lists = ([], []);
                var p = new StoredParticipant(r.GetString(2), Text(r, 3), Text(r, 4), Text(r, 5), Int(r, 6), Int(r, 7));
                (r.GetString(1) == "actor" ? lists.Actors : lists.Recipients).Add(p);
            }
        }
        return events.Select(e => byEvent.TryGetValue(e.Id, out var l) ? e with { Actors = l.Actors, Recipients = l.Recipients } : e).ToList();
    }

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    private static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
    private static double? Real(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);
}
