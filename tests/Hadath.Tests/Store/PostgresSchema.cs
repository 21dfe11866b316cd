using Npgsql;

namespace Hadath.Tests.Store;

/// <summary>A schema of its own in the test server, so tests never see each other's tables; dropped on dispose.</summary>
public sealed class PostgresSchema : IDisposable
{
    private readonly string _admin;

    public PostgresSchema()
    {
        var url = PostgresFactAttribute.Url;
        Name = "hadath_t_" + Guid.NewGuid().ToString("N")[..12];
        _admin = Hadath.Store.Database.PostgresUrl.ToConnectionString(url);
        Execute($"CREATE SCHEMA {Name}");
        Target = url + (url.Contains('?') ? "&" : "?") + "SearchPath=" + Name + "&Pooling=false";
    }

    public string Name { get; }

    /// <summary>The store URL, tables created in this schema.</summary>
    public string Target { get; }

    public void Dispose() => Execute($"DROP SCHEMA IF EXISTS {Name} CASCADE");

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
