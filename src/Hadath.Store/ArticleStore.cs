using System.Security.Cryptography;
using System.Text;
using Hadath.IO;
using Hadath.Store.Database;

namespace Hadath.Store;

/// <summary>
/// The article store: one SQLite file (default) or a PostgreSQL database, opened from a path or a postgres:// URL.
/// An article is identified by the hash of its document text, so the same article read twice (another file, another
/// id) is stored once; each article's records are written in one transaction, so a store is never left with half an
/// article. Not thread-safe: one instance per thread.
/// </summary>
/// <example><code>
/// using var store = ArticleStore.Open("news.db");
/// store.Save(analyzer.Analyze(article), analyzer.Version);
/// </code></example>
public sealed class ArticleStore : IDisposable
{
    private readonly ArticleWriter _writer;

    private ArticleStore(StoreDb db)
    {
        Db = db;
        _writer = new ArticleWriter(db);
    }

    internal StoreDb Db { get; }

    /// <summary>The file or URL (password hidden) the store was opened from.</summary>
    public string Target => Db.Target;

    public bool IsPostgres => Db.IsPostgres;

    /// <summary>Opens (and creates or upgrades the tables of) the store at <paramref name="target"/>.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the store has another schema version.</exception>
    public static ArticleStore Open(string target)
    {
        StoreDb db;
        try
        {
            db = StoreDb.Open(target);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UriFormatException or ArgumentException)
        {
            throw new StoreException($"cannot open store {(PostgresUrl.IsUrl(target) ? PostgresUrl.Redact(target) : target)}: {e.Message}", e);
        }
        try
        {
            Schema.Ensure(db);
        }
        catch
        {
            db.Dispose();
            throw;
        }
        return new ArticleStore(db);
    }

    /// <summary>The target as safe to print: a postgres:// URL with its password hidden, or the file path.</summary>
    public static string Describe(string target) => PostgresUrl.IsUrl(target) ? PostgresUrl.Redact(target) : target;

    /// <summary>Hex SHA-256 (first 128 bits) of the document text, line ends unified and outer white space trimmed.</summary>
    public static string ContentHash(SourceArticle article)
    {
        var text = article.DocumentText.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
    }

    /// <summary>The engine version the article with <paramref name="hash"/> is stored under, or null if it is not stored.</summary>
    public string? StoredVersion(string hash) =>
        Db.Scalar("SELECT engine_version FROM articles WHERE hash = @h", ("@h", hash)) as string;

    /// <summary>Opens a transaction for several <see cref="Save"/> calls (SQLite: far faster than one per article).</summary>
    public void BeginBatch() => Db.Begin();

    public void CommitBatch() => Db.Commit();

    public void RollbackBatch() => Db.Rollback();

    /// <summary>
    /// Stores the article and everything found in it under <paramref name="version"/>, replacing what an older
    /// version stored; inside the open batch if there is one, else in a transaction of its own.
    /// </summary>
    public SaveResult Save(AnalyzedArticle analyzed, string version)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        ArgumentException.ThrowIfNullOrEmpty(version);
        if (Db.InTransaction) return _writer.Save(analyzed, ContentHash(analyzed.Article), version);
        Db.Begin();
        try
        {
            var result = _writer.Save(analyzed, ContentHash(analyzed.Article), version);
            Db.Commit();
            return result;
        }
        catch
        {
            Db.Rollback();
            throw;
        }
    }

    /// <summary>Counts of stored rows, for summaries and tests.</summary>
    public StoreCounts Counts() => new(
        Count("articles"), Count("events"), Count("clusters"), Count("entities"), Count("quotes"), Count("mentions"));

    private long Count(string table) => Db.ScalarLong($"SELECT COUNT(*) FROM {table}") ?? 0;

    public void Dispose() => Db.Dispose();
}
