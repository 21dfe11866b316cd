using System.Diagnostics;
using Hadath.Store;
using Hadath.Store.Analysis;
using Hadath.Tests.IO;
using Microsoft.Data.Sqlite;

namespace Hadath.Tests.Store;

/// <summary>
/// Kills a real <c>hadath ingest</c> process mid-way (the built CLI, run with a slow fake analyzer chosen by
/// HADATH_ANALYZER), runs it again, and checks the store: every article once, every event once, nothing analysed
/// twice that was already committed, and a sound SQLite file.
/// </summary>
public class KillResumeTests
{
    private const int Articles = 120;

    [Fact]
    public void Killed_ingest_resumes_with_nothing_lost_or_doubled()
    {
        using var dir = new TempDir();
        var input = dir.Write("news.jsonl", string.Join("\n", Enumerable.Range(1, Articles).Select(i =>
            $"{{\"id\": \"k{i}\", \"source\": \"{(i % 3 == 0 ? "bbc" : "cnn")}\", \"published\": \"2018-05-{10 + i % 5:00}\", \"text\": \"شنت إسرائيل غارة على دمشق رقم {i}. وقال مصدر إن محادثات ستعقد في باريس.\"}}")));
        var db = dir.File("news.db");

        using (var first = StartIngest(input, db, "fake-slow:40"))
        {
            var deadline = Stopwatch.StartNew();
            while (StoredArticles(db) < 20 && !first.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(50);
            // (Reading its stderr only once it has exited: ReadToEnd would wait for the end.)
            if (first.HasExited) Assert.Fail($"ingest ended before it could be killed: {first.StandardError.ReadToEnd()}");
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }
        var atKill = StoredArticles(db);
        Assert.InRange(atKill, 20, Articles - 1);

        using (var second = StartIngest(input, db, "fake"))
        {
            var output = second.StandardOutput.ReadToEnd();
            var errors = second.StandardError.ReadToEnd();
            Assert.True(second.WaitForExit(120_000), "resumed ingest did not finish");
            Assert.True(second.ExitCode == 0, $"exit {second.ExitCode}: {errors}");
            // Only what was missing was analysed again.
            Assert.Contains($"{Articles - atKill:N0} added", output.Replace(",", "", StringComparison.Ordinal));
            Assert.Contains($"{atKill:N0} unchanged", output.Replace(",", "", StringComparison.Ordinal));
        }

        var analyzer = new FakeAnalyzer();
        var expectedEvents = Hadath.IO.ArticleSources.Read([input], e => throw new InvalidOperationException(e.ToString()))
            .Sum(a => analyzer.Analyze(a).Document.Events.Count);
        using var store = ArticleStore.Open(db);
        var counts = store.Counts();
        Assert.Equal((Articles, (long)expectedEvents), (counts.Articles, counts.Events));
        Assert.Equal(Articles, StoreTestData.Scalar(store, "SELECT COUNT(DISTINCT ext_id) FROM articles"));
        Assert.Equal(0, StoreTestData.Scalar(store, "SELECT COUNT(*) FROM (SELECT article_id, ordinal FROM events GROUP BY article_id, ordinal HAVING COUNT(*) > 1) d"));
        Assert.Equal(0, StoreTestData.Scalar(store, "SELECT COUNT(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)"));
        Assert.Equal(counts.Events, StoreTestData.Scalar(store, "SELECT SUM(mentions) FROM clusters"));
        Assert.Equal(Articles, StoreTestData.Scalar(store, "SELECT COUNT(*) FROM article_fts"));
        Assert.Equal(["ok"], StoreTestData.Column(store, "PRAGMA integrity_check"));
    }

    private static Process StartIngest(string input, string db, string analyzer)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Hadath.Cli.dll");
        Assert.True(File.Exists(cli), $"the built CLI is missing: {cli}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "ingest", input, "--db", db, "--batch", "4" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["HADATH_ANALYZER"] = analyzer;
        return Process.Start(start)!;
    }

    // A reader outside the ingest's transactions: WAL lets it in while the ingest writes.
    private static long StoredArticles(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // not created yet
        }
    }
}
