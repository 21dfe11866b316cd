using Hadath.Store;
using Hadath.Store.Analysis;
using Hadath.Store.Queue;
using Hadath.Tests.IO;
using static Hadath.Tests.Store.StoreTestData;

namespace Hadath.Tests.Store;

/// <summary>Queue semantics, run on SQLite here and on PostgreSQL in <see cref="PostgresTests"/>.</summary>
public class WorkQueueTests
{
    internal static List<Hadath.IO.SourceArticle> Articles(int n) =>
        Enumerable.Range(1, n).Select(i => Article($"q{i}", i % 2 == 0 ? "bbc" : "cnn", "2018-05-10", $"غارة على دمشق رقم {i}.")).ToList();

    internal static void Enqueue(string target, IEnumerable<Hadath.IO.SourceArticle> articles)
    {
        using var store = ArticleStore.Open(target);
        var queue = new WorkQueue(store);
        foreach (var a in articles) queue.Enqueue(a);
    }

    /// <summary>Two workers at once over one queue: every article stored once, analysed once, every row done.</summary>
    internal static void TwoWorkersShareTheQueue(string target)
    {
        Enqueue(target, Articles(30));
        Enqueue(target, Articles(30)); // enqueueing again adds nothing
        var counting = new Counting(new StartTogether(new FakeAnalyzer(delayMs: 2)));
        var options = new WorkerOptions { BatchSize = 3, Poll = TimeSpan.FromMilliseconds(50) };
        var workers = new[] { "w1", "w2" }.Select(name => Task.Run(() =>
            new QueueWorker(counting, options with { Name = name }).Run(target, e => throw new InvalidOperationException(e.ToString())))).ToArray();
        Task.WaitAll(workers);
        Assert.Equal(30, workers.Sum(w => w.Result.Stored));
        Assert.All(workers, w => Assert.True(w.Result.Stored > 0, "both workers should have taken part"));
        Assert.Equal(30, counting.Calls.Count);
        Assert.All(counting.Calls.Values, n => Assert.Equal(1, n));
        using var store = ArticleStore.Open(target);
        Assert.Equal((30L, 30L), (store.Counts().Articles, store.Counts().Events));
        var counts = new WorkQueue(store).Counts();
        Assert.Equal((30L, 0L, 0L), (counts["done"], counts["queued"], counts["leased"]));
    }

    /// <summary>A worker that claimed rows and died: its rows come back when the lease expires, and are stored once.</summary>
    internal static void DeadWorkersRowsAreTakenOver(string target)
    {
        Enqueue(target, Articles(6));
        using (var ghost = ArticleStore.Open(target))
            Assert.Equal(4, new WorkQueue(ghost).Claim("dead-worker", 4, TimeSpan.FromSeconds(1)).Count);
        var result = new QueueWorker(new FakeAnalyzer(), new WorkerOptions { Name = "alive", Poll = TimeSpan.FromMilliseconds(100) })
            .Run(target, e => throw new InvalidOperationException(e.ToString()));
        Assert.Equal(6, result.Stored);
        using var store = ArticleStore.Open(target);
        Assert.Equal(6L, store.Counts().Articles);
        // The dead worker can no longer complete what it held: its commit would be refused.
        Assert.False(new WorkQueue(store).Complete("dead-worker", ArticleStore.ContentHash(Articles(1)[0])));
    }

    [Fact]
    public void Two_workers_share_the_queue_on_sqlite()
    {
        using var dir = new TempDir();
        TwoWorkersShareTheQueue(dir.File("q.db"));
    }

    [Fact]
    public void Dead_workers_rows_are_taken_over_on_sqlite()
    {
        using var dir = new TempDir();
        DeadWorkersRowsAreTakenOver(dir.File("q.db"));
    }

    [Fact]
    public void Failing_analysis_is_retried_then_marked_failed()
    {
        using var dir = new TempDir();
        var target = dir.File("q.db");
        Enqueue(target, Articles(2));
        var errors = new List<Hadath.IO.ReadError>();
        var result = new QueueWorker(new Throwing(), new WorkerOptions { MaxAttempts = 2, Poll = TimeSpan.FromMilliseconds(10) }).Run(target, errors.Add);
        Assert.Equal((0, 4), (result.Stored, result.Failed)); // two articles, two attempts each
        using var store = ArticleStore.Open(target);
        Assert.Equal(2L, new WorkQueue(store).Counts()["failed"]);
        Assert.Contains("boom", errors[0].Message);
    }

    private sealed class Throwing : IArticleAnalyzer
    {
        public string Version => "throwing-1";
        public AnalyzedArticle Analyze(Hadath.IO.SourceArticle article, CancellationToken cancellationToken = default) => throw new InvalidOperationException("boom");
    }
}
