using System.Globalization;
using Hadath.Events;
using Hadath.IO;
using Hadath.Pipeline;
using Hadath.Store.Database;
using Hadath.Store.Search;
using Hadath.Text;

namespace Hadath.Store;

/// <summary>
/// Writes one analysed article inside the caller's transaction: the article row (found by content hash), then its
/// entities, mentions, events with participants, and quotes, each with its character ranges; the full-text terms;
/// and the cross-article event clusters its events join. Records from an older engine version are deleted first,
/// so re-analysis replaces rather than adds.
/// </summary>
internal sealed class ArticleWriter(StoreDb db)
{
    private readonly EventClusterer _clusterer = new(db);

    public SaveResult Save(AnalyzedArticle analyzed, string hash, string version)
    {
        var article = analyzed.Article;
        var document = analyzed.Document;
        var events = AnalyzedArticle.Has(document, Layers.Events) ? document.Events : [];
        long? existingId = null;
        string? existingVersion = null;
        using (var command = db.Command("SELECT id, engine_version FROM articles WHERE hash = @h", ("@h", hash)))
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read())
            {
                existingId = reader.GetInt64(0);
                existingVersion = reader.GetString(1);
            }
        }
        if (existingVersion == version) return SaveResult.Unchanged;

        // Cluster changes of one event type are serialised across workers (PostgreSQL), in a fixed order so two
        // transactions never wait on each other's locks.
        var types = new SortedSet<string>(events.Select(e => e.Type), StringComparer.Ordinal);
        var touched = new HashSet<long>();
        if (existingId is { } oldId)
        {
            using (var command = db.Command("SELECT DISTINCT type, cluster_id FROM events WHERE article_id = @a", ("@a", oldId)))
            using (var reader = command.ExecuteReader())
                while (reader.Read())
                {
                    types.Add(reader.GetString(0));
                    if (!reader.IsDBNull(1)) touched.Add(reader.GetInt64(1));
                }
        }
        if (db.Dialect.TransactionLock is { } lockSql)
            foreach (var type in types) db.Execute(lockSql, ("@key", LockKey(type)));

        long articleId;
        var published = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var outlet = article.Source ?? ArticleSources.HostOf(article.Url) ?? "(unknown)";
        (string, object?)[] fields =
        [
            ("@ext", article.Id), ("@source", article.Source), ("@outlet", outlet), ("@url", article.Url), ("@published", published),
            ("@title", article.Title), ("@body", article.Text), ("@origin", article.Origin.ToString()), ("@version", version),
        ];
        if (existingId is { } id)
        {
            articleId = id;
            foreach (var table in (string[])["participants", "events", "mentions", "entities", "quotes"])
                db.Execute($"DELETE FROM {table} WHERE article_id = @a", ("@a", id));
            db.Execute(db.Dialect.FullTextDelete, ("@id", id));
            db.Execute($"""
                UPDATE articles SET ext_id = @ext, source = @source, outlet = @outlet, url = @url, published = @published, title = @title,
                    body = @body, origin = @origin, engine_version = @version, stored_ms = {db.Dialect.NowMs} WHERE id = @id
                """, [.. fields, ("@id", id)]);
        }
        else
        {
            articleId = db.ScalarLong($"""
                INSERT INTO articles (hash, ext_id, source, outlet, url, published, title, body, origin, engine_version, stored_ms)
                VALUES (@hash, @ext, @source, @outlet, @url, @published, @title, @body, @origin, @version, {db.Dialect.NowMs}) RETURNING id
                """, [.. fields, ("@hash", hash)])!.Value;
        }

        WriteEntities(document, articleId);
        WriteQuotes(document, articleId);
        for (var i = 0; i < events.Count; i++)
            touched.Add(WriteEvent(document, events[i], i, articleId, article.Published));
        db.Execute(db.Dialect.FullTextInsert, ("@id", articleId), ("@terms", SearchTerms.ForIndex(article.DocumentText)));
        _clusterer.Refresh(touched);
        return existingId is null ? SaveResult.Added : SaveResult.Replaced;
    }

    private void WriteEntities(Document document, long articleId)
    {
        var mentionEntity = new Dictionary<int, int>();
        if (AnalyzedArticle.Has(document, Layers.Links))
        {
            for (var i = 0; i < document.Entities.Count; i++)
            {
                var e = document.Entities[i];
                foreach (var m in e.MentionIndices) mentionEntity.TryAdd(m, i);
                db.Execute("""
                    INSERT INTO entities (article_id, ordinal, name, name_fold, type, country, sector, kb_id)
                    VALUES (@a, @o, @name, @fold, @type, @country, @sector, @kb)
                    """, ("@a", articleId), ("@o", i), ("@name", e.Name), ("@fold", SearchTerms.FoldName(e.Name)), ("@type", e.Type.ToString()),
                    ("@country", e.Country), ("@sector", e.Sector), ("@kb", e.EntryId));
            }
        }
        if (!AnalyzedArticle.Has(document, Layers.Mentions)) return;
        for (var i = 0; i < document.Mentions.Count; i++)
        {
            var m = document.Mentions[i];
            db.Execute("""
                INSERT INTO mentions (article_id, entity_ordinal, start_char, end_char, text, type, rule, confidence)
                VALUES (@a, @e, @s, @t, @text, @type, @rule, @c)
                """, ("@a", articleId), ("@e", mentionEntity.TryGetValue(i, out var ord) ? ord : null), ("@s", m.Range.Start), ("@t", m.Range.End),
                ("@text", document.Slice(m.Range)), ("@type", m.Type.ToString()), ("@rule", m.Source), ("@c", m.Confidence));
        }
    }

    private void WriteQuotes(Document document, long articleId)
    {
        if (!AnalyzedArticle.Has(document, Layers.Quotes)) return;
        for (var i = 0; i < document.Quotes.Count; i++)
        {
            var q = document.Quotes[i];
            db.Execute("""
                INSERT INTO quotes (article_id, ordinal, speaker, speaker_start, speaker_end, content_start, content_end, cue_start, cue_end, direct, rule, text)
                VALUES (@a, @o, @speaker, @ss, @se, @cs, @ce, @qs, @qe, @direct, @rule, @text)
                """, ("@a", articleId), ("@o", i), ("@speaker", q.Speaker), ("@ss", q.SpeakerRange?.Start), ("@se", q.SpeakerRange?.End),
                ("@cs", q.Content.Start), ("@ce", q.Content.End), ("@qs", q.Cue.Start), ("@qe", q.Cue.End), ("@direct", q.Direct ? 1 : 0),
                ("@rule", q.Source), ("@text", document.Slice(q.Content)));
        }
    }

    /// <summary>Inserts one event and its participants; returns the cluster it joined or started.</summary>
    private long WriteEvent(Document document, EventRecord e, int ordinal, long articleId, DateOnly? published)
    {
        var anchor = EventDates.AnchorDay(e.Date, published);
        var location = e.Location;
        var locationFold = location is null ? null : SearchTerms.FoldName(location.Name);
        var locationKey = location is null ? null : location.EntryId is { } kb ? "kb:" + kb : "n:" + locationFold;
        var participants = e.Actors.Select((p, i) => (Role: "actor", Ordinal: i, P: p))
            .Concat(e.Recipients.Select((p, i) => (Role: "recipient", Ordinal: i, P: p))).ToList();
        var keys = participants.Select(x => ParticipantKey(x.P)).Distinct().ToList();
        var cluster = _clusterer.Assign(e.Type, anchor, e.Hypothetical, e.Negated, locationKey, keys);
        var eventId = db.ScalarLong($"""
            INSERT INTO events (article_id, ordinal, cluster_id, type, mode, date, anchor_day, location_name, location_fold, location_key,
                location_country, latitude, longitude, geo_precision, location_kb_id, location_start, location_end, dead, injured, arrested,
                historical, hypothetical, negated, confidence, acled_type, acled_sub_type, evidence_start, evidence_end, trigger_start, trigger_end, rule, evidence)
            VALUES (@a, @o, @cluster, @type, @mode, @date, @anchor, @lname, @lfold, @lkey, @lcountry, @lat, @lon, @prec, @lkb, @ls, @le,
                @dead, @injured, @arrested, @hist, @hyp, @neg, @conf, @acled, @acledsub, @es, @ee, @ts, @te, @rule, @evidence) RETURNING id
            """,
            ("@a", articleId), ("@o", ordinal), ("@cluster", cluster), ("@type", e.Type), ("@mode", e.Mode), ("@date", e.Date), ("@anchor", anchor),
            ("@lname", location?.Name), ("@lfold", locationFold), ("@lkey", locationKey), ("@lcountry", location?.Country),
            ("@lat", location?.Latitude), ("@lon", location?.Longitude), ("@prec", location?.Precision), ("@lkb", location?.EntryId),
            ("@ls", location?.Range?.Start), ("@le", location?.Range?.End),
            ("@dead", e.Size.Dead), ("@injured", e.Size.Injured), ("@arrested", e.Size.Arrested),
            ("@hist", e.Historical ? 1 : 0), ("@hyp", e.Hypothetical ? 1 : 0), ("@neg", e.Negated ? 1 : 0), ("@conf", e.Confidence),
            ("@acled", e.AcledType), ("@acledsub", e.AcledSubType), ("@es", e.Evidence.Start), ("@ee", e.Evidence.End),
            ("@ts", e.Trigger.Start), ("@te", e.Trigger.End), ("@rule", e.Source), ("@evidence", document.Slice(e.Evidence)))!.Value;
        foreach (var (role, i, p) in participants)
        {
            db.Execute("""
                INSERT INTO participants (event_id, article_id, role, ordinal, name, name_fold, name_key, country, sector, kb_id, start_char, end_char)
                VALUES (@e, @a, @role, @o, @name, @fold, @key, @country, @sector, @kb, @s, @t)
                """, ("@e", eventId), ("@a", articleId), ("@role", role), ("@o", i), ("@name", p.Name), ("@fold", SearchTerms.FoldName(p.Name)),
                ("@key", ParticipantKey(p)), ("@country", p.Country), ("@sector", p.Sector), ("@kb", p.EntryId), ("@s", p.Range?.Start), ("@t", p.Range?.End));
        }
        return cluster;
    }

    /// <summary>Identity of a participant across articles: its knowledge-base id, else its folded name.</summary>
    internal static string ParticipantKey(EventParticipant p) => p.EntryId is { } kb ? "kb:" + kb : "n:" + SearchTerms.FoldName(p.Name);

    // Advisory lock ids: a fixed prefix keeps them apart from any other application's locks in the same database.
    private static long LockKey(string type)
    {
        var h = 14695981039346656037UL;
        foreach (var c in type) h = (h ^ c) * 1099511628211UL;
        return (long)(0x4844_0000_0000_0000UL | (h & 0x0000_FFFF_FFFF_FFFFUL));
    }
}
