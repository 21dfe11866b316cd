using Hadath.IO;

namespace Hadath.Store.Queue;

/// <summary>
/// Processes the shared queue until it is empty (or forever with <see cref="WorkerOptions.Follow"/>): claim a few
/// rows, analyse each, store it and mark its row done in one transaction. Several workers, on several machines,
/// share one PostgreSQL store; a heartbeat on its own connection keeps their leases alive while they work.
/// </summary>
public sealed class QueueWorker(IArticleAnalyzer analyzer, WorkerOptions options)
{
    /// <summary>Runs the worker against <paramref name="target"/>; returns its counts.</summary>
    /// <param name="onProgress">Called after each article.</param>
    public WorkerResult Run(string target, Action<ReadError> onError, Action<WorkerResult>? onProgress = null, CancellationToken cancellationToken = default)
    {
        using var store = ArticleStore.Open(target);
        using var beatStore = ArticleStore.Open(target);
        var queue = new WorkQueue(store);
        var beatQueue = new WorkQueue(beatStore);
        var beatLock = new object();
        var stopped = false;
        using var beat = new Timer(_ =>
        {
            lock (beatLock)
            {
                if (stopped) return;
                try
                {
                    beatQueue.Heartbeat(options.Name, options.Lease);
                }
                catch (System.Data.Common.DbException)
                {
                    // A missed beat only shortens the lease; the next one, or the fenced commit, settles it.
                }
            }
        }, null, options.Heartbeat, options.Heartbeat);

        int stored = 0, unchanged = 0, failed = 0, lost = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var items = queue.Claim(options.Name, options.BatchSize, options.Lease);
                if (items.Count == 0)
                {
                    var counts = queue.Counts();
                    if (!options.Follow && counts["queued"] == 0 && counts["leased"] == 0) break;
                    cancellationToken.WaitHandle.WaitOne(options.Poll);
                    continue;
                }
                foreach (var item in items)
                {
                    if (cancellationToken.IsCancellationRequested) break;
                    AnalyzedArticle? analyzed = null;
                    if (store.StoredVersion(item.Hash) != analyzer.Version)
                    {
                        try
                        {
                            analyzed = analyzer.Analyze(item.Article, cancellationToken);
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            failed++;
                            queue.Fail(options.Name, item.Hash, $"{e.GetType().Name}: {e.Message}", options.MaxAttempts);
                            onError(new ReadError(item.Article.Origin.Path, item.Article.Origin.Line, null, $"analysis of article '{item.Article.Id}' failed: {e.Message}"));
                            continue;
                        }
                    }
                    store.BeginBatch();
                    try
                    {
                        var result = analyzed is null ? SaveResult.Unchanged : store.Save(analyzed, analyzer.Version);
                        if (queue.Complete(options.Name, item.Hash))
                        {
                            store.CommitBatch();
                            if (result == SaveResult.Unchanged) unchanged++;
                            else stored++;
                        }
                        else
                        {
                            // Our lease expired and another worker holds the row now: its commit will count, not ours.
                            store.RollbackBatch();
                            lost++;
                        }
                    }
                    catch
                    {
                        store.RollbackBatch();
                        throw;
                    }
                    onProgress?.Invoke(new WorkerResult(stored, unchanged, failed, lost));
                }
            }
        }
        finally
        {
            lock (beatLock)
            {
                stopped = true;
                beatQueue.Release(options.Name);
            }
        }
        return new WorkerResult(stored, unchanged, failed, lost);
    }
}
