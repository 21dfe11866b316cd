using Npgsql;

namespace Hadath.Tests.Store;

/// <summary>
/// A test that needs the PostgreSQL server named by HADATH_TEST_POSTGRES (postgres://user:pass@host:port/db).
/// Skipped, with the reason, when the variable is unset or the server does not answer — except under CI (CI=true),
/// where .ci/postgres.sh provides the server and a missing one must fail the run, not skip silently.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "HADATH_TEST_POSTGRES";

    private static readonly Lazy<string?> Unavailable = new(Check);

    public PostgresFactAttribute()
    {
        if (Unavailable.Value is { } reason && Environment.GetEnvironmentVariable("CI") != "true") Skip = reason;
    }

    /// <summary>The server's URL; fails the test with the reason when there is none.</summary>
    public static string Url => Unavailable.Value is { } reason
        ? throw new InvalidOperationException(reason + " In CI, .ci/run must `source .ci/postgres.sh` before the tests.")
        : Environment.GetEnvironmentVariable(Variable)!;

    private static string? Check()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(url))
            return $"PostgreSQL tests skipped: set {Variable}=postgres://user:pass@host:port/db (`source .ci/postgres.sh` starts a local server and sets it).";
        try
        {
            using var connection = new NpgsqlConnection(Hadath.Store.Database.PostgresUrl.ToConnectionString(url));
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or UriFormatException or ArgumentException)
        {
            return $"PostgreSQL tests skipped: {Variable} is set but the server does not answer ({e.Message}).";
        }
    }
}
