using Npgsql;

namespace Hadath.Store.Database;

/// <summary>
/// postgres://user:password@host:port/database?sslmode=require as an Npgsql connection string. A host left out
/// ("postgres:///db") means the local Unix socket.
/// </summary>
internal static class PostgresUrl
{
    public static bool IsUrl(string target) =>
        target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static string ToConnectionString(string url)
    {
        var uri = new Uri(url);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = string.IsNullOrEmpty(uri.Host) ? "/var/run/postgresql" : uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : null,
            Timeout = 10,
            // A worker holds one connection; several commands on it never overlap.
            Multiplexing = false,
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            if (key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) && Enum.TryParse<SslMode>(value, true, out var mode)) builder.SslMode = mode;
            else builder[key] = value; // any other Npgsql keyword, e.g. ?Pooling=false
        }
        return builder.ConnectionString;
    }

    /// <summary>The URL with its password replaced by "***", for messages and logs.</summary>
    public static string Redact(string url)
    {
        var uri = new Uri(url);
        if (!uri.UserInfo.Contains(':')) return url;
        return url.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal);
    }
}
