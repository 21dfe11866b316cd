using System.Globalization;
using System.Text.Json;
using Hadath.IO;
using Hadath.Output;
using Hadath.Store.Database;

namespace Hadath.Store.Queue;

/// <summary>
/// The shared work queue in the store's <c>queue</c> table: one row per article (unique content hash), state
/// queued → leased → done (or failed after too many attempts). A worker claims rows with a lease that it renews
/// while working; a lease left to expire (a dead worker) makes the row claimable again. Completion is fenced: it
/// succeeds only while the worker still holds the lease, inside the same transaction that stores the article, so an
/// article's records are committed exactly once even when a slow worker's lease was taken over.
/// </summary>
public sealed class WorkQueue(ArticleStore store)
{
    private static readonly JsonSerializerOptions Json = ArticleJson.Options;
    private readonly StoreDb _db = store.Db;

    /// <summary>Adds the article unless it is already queued, leased or done; a failed or done row is queued again.
    /// Returns true when the row is (again) waiting.</summary>
    public bool Enqueue(SourceArticle article)
    {
        var payload = JsonSerializer.Serialize(AnalyzedArticle.ToRecord(article), Json);
        return _db.Execute($"""
            INSERT INTO queue (hash, payload, origin, state, attempts, enqueued_ms) VALUES (@h, @p, @o, 'queued', 0, {_db.Dialect.NowMs})
            ON CONFLICT (hash) DO UPDATE SET state = 'queued', payload = excluded.payload, origin = excluded.origin, attempts = 0, error = NULL
            WHERE queue.state IN ('done', 'failed')
            """, ("@h", ArticleStore.ContentHash(article)), ("@p", payload), ("@o", article.Origin.ToString())) > 0;
    }

    /// <summary>Claims up to <paramref name="count"/> waiting (or lease-expired) rows for <paramref name="worker"/>.</summary>
    public IReadOnlyList<QueueItem> Claim(string worker, int count, TimeSpan lease)
    {
        var items = new List<QueueItem>();
        _db.Begin();
        try
        {
            using (var command = _db.Command($"""
                UPDATE queue SET state = 'leased', lease_owner = @w, lease_until = {_db.Dialect.NowMs} + @lease, attempts = attempts + 1
                WHERE seq IN (
                    SELECT seq FROM queue
                    WHERE state = 'queued' OR (state = 'leased' AND lease_until < {_db.Dialect.NowMs})
                    ORDER BY seq LIMIT @n{_db.Dialect.SkipLocked})
                RETURNING hash, payload, origin, attempts
                """, ("@w", worker), ("@lease", (long)lease.TotalMilliseconds), ("@n", count)))
            using (var r = command.ExecuteReader())
            {
                while (r.Read())
                    items.Add(new QueueItem(r.GetString(0), ToArticle(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)),
                        Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture)));
            }
            _db.Commit();
        }
        catch
        {
            _db.Rollback();
            throw;
        }
        return items;
    }

    /// <summary>Extends every lease <paramref name="worker"/> holds to now + <paramref name="lease"/>.</summary>
    public int Heartbeat(string worker, TimeSpan lease) =>
        _db.Execute($"UPDATE queue SET lease_until = {_db.Dialect.NowMs} + @lease WHERE lease_owner = @w AND state = 'leased'",
            ("@w", worker), ("@lease", (long)lease.TotalMilliseconds));

    /// <summary>Marks the row done, in the caller's open transaction; false when the lease is no longer
    /// <paramref name="worker"/>'s (the caller must then roll back).</summary>
    public bool Complete(string worker, string hash) =>
        _db.Execute("UPDATE queue SET state = 'done', lease_owner = NULL, lease_until = NULL, error = NULL WHERE hash = @h AND lease_owner = @w AND state = 'leased'",
            ("@h", hash), ("@w", worker)) == 1;

    /// <summary>Gives the row back after a failed analysis: queued again, or failed for good after <paramref name="maxAttempts"/>.</summary>
    public void Fail(string worker, string hash, string error, int maxAttempts) =>
        _db.Execute("""
            UPDATE queue SET state = CASE WHEN attempts >= @max THEN 'failed' ELSE 'queued' END, lease_owner = NULL, lease_until = NULL, error = @e
            WHERE hash = @h AND lease_owner = @w
            """, ("@max", maxAttempts), ("@e", error), ("@h", hash), ("@w", worker));

    /// <summary>Returns every row <paramref name="worker"/> still holds to the queue (a clean stop).</summary>
    public int Release(string worker) =>
        _db.Execute("UPDATE queue SET state = 'queued', lease_owner = NULL, lease_until = NULL, attempts = attempts - 1 WHERE lease_owner = @w AND state = 'leased'",
            ("@w", worker));

    /// <summary>Rows per state (queued, leased, done, failed).</summary>
    public IReadOnlyDictionary<string, long> Counts()
    {
        var counts = new Dictionary<string, long> { ["queued"] = 0, ["leased"] = 0, ["done"] = 0, ["failed"] = 0 };
        using var command = _db.Command("SELECT state, COUNT(*) FROM queue GROUP BY state");
        using var r = command.ExecuteReader();
        while (r.Read()) counts[r.GetString(0)] = Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture);
        return counts;
    }

    private static SourceArticle ToArticle(string payload, string? origin)
    {
        var record = JsonSerializer.Deserialize<ArticleRecord>(payload, Json)!;
        return new SourceArticle
        {
            Id = record.Id,
            Source = record.Source,
            Url = record.Url,
            Published = PublishedDate.Parse(record.Published),
            Title = record.Title,
            Text = record.Text ?? "",
            Origin = new ArticleOrigin(origin ?? "queue"),
        };
    }
}
