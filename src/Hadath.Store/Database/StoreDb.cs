using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hadath.Store.Database;

/// <summary>
/// One open connection to the store with its dialect and the transaction in progress, and small helpers for
/// parameterised commands. Not thread-safe: one per thread (a worker, the ingest writer).
/// </summary>
internal sealed class StoreDb : IDisposable
{
    private DbTransaction? _transaction;

    private StoreDb(DbConnection connection, SqlDialect dialect, string target)
    {
        Connection = connection;
        Dialect = dialect;
        Target = target;
    }

    public DbConnection Connection { get; }
    public SqlDialect Dialect { get; }

    /// <summary>The file or URL (password removed) the store was opened from, for messages.</summary>
    public string Target { get; }

    public bool IsPostgres => Dialect is PostgresDialect;

    /// <summary>Opens <paramref name="target"/>: a postgres:// or postgresql:// URL, or a SQLite file path (created if absent).</summary>
    public static StoreDb Open(string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (PostgresUrl.IsUrl(target))
        {
            var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(target));
            connection.Open();
            return new StoreDb(connection, PostgresDialect.Instance, PostgresUrl.Redact(target));
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(target));
        if (directory is not null) Directory.CreateDirectory(directory);
        // No pooling: a killed process must not leave handles, and tests delete the file after closing.
        var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        sqlite.Open();
        var db = new StoreDb(sqlite, SqliteDialect.Instance, target);
        // WAL: readers (search, the ingest's "already stored?" check) never block the writer. synchronous=NORMAL
        // keeps every commit across a process kill; only a power cut can lose the last ones.
        db.Execute("PRAGMA journal_mode = WAL");
        db.Execute("PRAGMA synchronous = NORMAL");
        db.Execute("PRAGMA busy_timeout = 30000");
        db.Execute("PRAGMA foreign_keys = ON");
        return db;
    }

    public bool InTransaction => _transaction is not null;

    public void Begin()
    {
        if (_transaction is not null) throw new InvalidOperationException("A transaction is already open.");
        _transaction = Connection.BeginTransaction();
    }

    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    }

    public void Rollback()
    {
        _transaction?.Rollback();
        _transaction?.Dispose();
        _transaction = null;
    }

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters) Add(command, name, value);
        return command;
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters) => Cached(sql, parameters).ExecuteNonQuery();

    public object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        var value = Cached(sql, parameters).ExecuteScalar();
        return value is DBNull ? null : value;
    }

    // One command per SQL text, kept for the connection's life: SQLite then compiles each statement once instead
    // of once per row, which is most of an ingest's writing time.
    private readonly Dictionary<string, DbCommand> _cache = new(StringComparer.Ordinal);

    private DbCommand Cached(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_cache.TryGetValue(sql, out var command))
        {
            if (_cache.Count > 256) ClearCache(); // dynamic SQL (IN lists) must not grow it without bound
            _cache[sql] = command = Connection.CreateCommand();
            command.CommandText = sql;
        }
        command.Transaction = _transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters) Add(command, name, value);
        return command;
    }

    private void ClearCache()
    {
        foreach (var command in _cache.Values) command.Dispose();
        _cache.Clear();
    }

    public long? ScalarLong(string sql, params (string Name, object? Value)[] parameters) =>
        Scalar(sql, parameters) is { } v ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public void Dispose()
    {
        Rollback();
        ClearCache();
        Connection.Dispose();
    }
}
