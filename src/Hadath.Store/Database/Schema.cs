namespace Hadath.Store.Database;

/// <summary>
/// The store's tables, in SQL both SQLite and PostgreSQL accept. Every annotation keeps its character range
/// [start, end) in UTF-16 units of the article's document text (title + "\n\n" + body), the coordinates of
/// <see cref="Hadath.Text.Document.Text"/>. Dates are text "YYYY-MM-DD"; "day" columns are
/// <see cref="DateOnly.DayNumber"/> so ±1-day windows are integer arithmetic.
/// </summary>
internal static class Schema
{
    /// <summary>Bumped when a table changes shape; a store of another version is refused with a message.</summary>
    public const int Version = 1;

    public static void Ensure(StoreDb db)
    {
        var id = db.Dialect.IdColumn;
        var real = db.Dialect.Real;
        string[] tables =
        [
            "CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            $"""
            CREATE TABLE IF NOT EXISTS articles (
                id {id}, hash TEXT NOT NULL UNIQUE, ext_id TEXT NOT NULL, source TEXT, outlet TEXT NOT NULL, url TEXT,
                published TEXT, title TEXT, body TEXT NOT NULL, origin TEXT, engine_version TEXT NOT NULL, stored_ms BIGINT NOT NULL)
            """,
            $"""
            CREATE TABLE IF NOT EXISTS entities (
                id {id}, article_id BIGINT NOT NULL REFERENCES articles(id), ordinal INTEGER NOT NULL, name TEXT NOT NULL,
                name_fold TEXT NOT NULL, type TEXT NOT NULL, country TEXT, sector TEXT, kb_id TEXT)
            """,
            $"""
            CREATE TABLE IF NOT EXISTS mentions (
                id {id}, article_id BIGINT NOT NULL REFERENCES articles(id), entity_ordinal INTEGER, start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, rule TEXT, confidence {real})
            """,
            $"""
            CREATE TABLE IF NOT EXISTS clusters (
                id {id}, type TEXT NOT NULL, first_day INTEGER, last_day INTEGER, mentions INTEGER NOT NULL, sources INTEGER NOT NULL)
            """,
            $"""
            CREATE TABLE IF NOT EXISTS events (
                id {id}, article_id BIGINT NOT NULL REFERENCES articles(id), ordinal INTEGER NOT NULL, cluster_id BIGINT REFERENCES clusters(id),
                type TEXT NOT NULL, mode TEXT, date TEXT, anchor_day INTEGER,
                location_name TEXT, location_fold TEXT, location_key TEXT, location_country TEXT, latitude {real}, longitude {real},
                geo_precision INTEGER, location_kb_id TEXT, location_start INTEGER, location_end INTEGER,
                dead INTEGER, injured INTEGER, arrested INTEGER, historical INTEGER NOT NULL, hypothetical INTEGER NOT NULL, negated INTEGER NOT NULL,
                confidence {real} NOT NULL, acled_type TEXT, acled_sub_type TEXT,
                evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
                rule TEXT NOT NULL, evidence TEXT NOT NULL)
            """,
            $"""
            CREATE TABLE IF NOT EXISTS participants (
                id {id}, event_id BIGINT NOT NULL REFERENCES events(id), article_id BIGINT NOT NULL, role TEXT NOT NULL, ordinal INTEGER NOT NULL,
                name TEXT NOT NULL, name_fold TEXT NOT NULL, name_key TEXT NOT NULL, country TEXT, sector TEXT, kb_id TEXT,
                start_char INTEGER, end_char INTEGER)
            """,
            $"""
            CREATE TABLE IF NOT EXISTS quotes (
                id {id}, article_id BIGINT NOT NULL REFERENCES articles(id), ordinal INTEGER NOT NULL, speaker TEXT NOT NULL,
                speaker_start INTEGER, speaker_end INTEGER, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
                cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL, direct INTEGER NOT NULL, rule TEXT NOT NULL, text TEXT NOT NULL)
            """,
            $"""
            CREATE TABLE IF NOT EXISTS queue (
                seq {id}, hash TEXT NOT NULL UNIQUE, payload TEXT NOT NULL, origin TEXT, state TEXT NOT NULL,
                lease_owner TEXT, lease_until BIGINT, attempts INTEGER NOT NULL, error TEXT, enqueued_ms BIGINT NOT NULL)
            """,
        ];
        string[] indexes =
        [
            "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
            "CREATE INDEX IF NOT EXISTS entities_article ON entities (article_id)",
            "CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id)",
            "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)",
            "CREATE INDEX IF NOT EXISTS events_cluster ON events (cluster_id)",
            "CREATE INDEX IF NOT EXISTS events_type_day ON events (type, anchor_day)",
            "CREATE INDEX IF NOT EXISTS events_day ON events (anchor_day)",
            "CREATE INDEX IF NOT EXISTS events_location ON events (location_key)",
            "CREATE INDEX IF NOT EXISTS participants_event ON participants (event_id)",
            "CREATE INDEX IF NOT EXISTS participants_article ON participants (article_id)",
            "CREATE INDEX IF NOT EXISTS participants_key ON participants (name_key)",
            "CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id)",
            "CREATE INDEX IF NOT EXISTS queue_state ON queue (state, seq)",
        ];
        db.Begin();
        try
        {
            if (db.IsPostgres) db.Execute("SELECT pg_advisory_xact_lock(7297218031)"); // two workers starting at once
            foreach (var sql in tables.Concat(db.Dialect.FullTextSchema).Concat(indexes)) db.Execute(sql);
            var found = db.Scalar("SELECT value FROM store_meta WHERE key = 'schema_version'") as string;
            if (found is null)
                db.Execute("INSERT INTO store_meta (key, value) VALUES ('schema_version', @v)", ("@v", Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            else if (found != Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
                throw new StoreException($"{db.Target}: store schema version {found}, this build reads version {Version}; ingest into a new store.");
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
    }
}
