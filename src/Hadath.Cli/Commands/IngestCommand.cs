using System.Globalization;
using Hadath.Cli.Extraction;
using Hadath.Cli.Terminal;
using Hadath.IO;
using Hadath.Store;
using Hadath.Store.Ingest;
using Hadath.Store.Queue;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath ingest PATH... [--db FILE|postgres://...] [--jobs N] [--batch N] [--enqueue] [--quiet]</c>: reads
/// .txt/.jsonl/.html/feed files and folders, analyses what is not yet stored under the current engine version, and
/// stores it. With --enqueue the articles only go into the store's shared queue, for <c>hadath worker</c>s.
/// </summary>
internal static class IngestCommand
{
    public static int Run(string[] args)
    {
        var a = new StoreArguments(args, ["--jobs", "--batch"], ["--enqueue", "--quiet"]);
        if (a.Positional.Count == 0) throw new UsageException("give at least one file or folder to ingest.");
        var paths = a.Positional.ToList();
        var bar = new ProgressBar(!a.Flag("--quiet"));
        long errors = 0;
        void OnError(ReadError e)
        {
            errors++;
            bar.Message($"hadath ingest: {e}");
        }
        try
        {
            if (a.Flag("--enqueue")) return Enqueue(a.Db, paths, OnError, bar);
            var analyzer = DefaultAnalyzer.Create();
            var options = new IngestOptions { Jobs = a.Int("--jobs", 1), BatchSize = a.Int("--batch", 64) };
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true; // finish the batch in hand, then stop: Ctrl-C loses nothing
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                var result = new IngestRunner(analyzer, options).Run(a.Db, paths, OnError,
                    p => bar.Update(p.Fraction, p.Added + p.Replaced + p.Unchanged, p.Rate, p.Elapsed, p.Failed), cancel.Token);
                bar.Finish();
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"ingest: {result.Read:N0} read, {result.Added:N0} added, {result.Replaced:N0} replaced, {result.Unchanged:N0} unchanged, {result.Failed:N0} errors in {result.Elapsed.TotalSeconds:0.0} s ({result.Rate:N0} articles/s) into {StoreName(a.Db)} [{analyzer.Version}]"));
                if (cancel.IsCancellationRequested) Console.Error.WriteLine("hadath ingest: interrupted; run the same command again to finish.");
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
            return errors > 0 || cancel.IsCancellationRequested ? 1 : 0;
        }
        catch (StoreException e)
        {
            bar.Finish();
            Console.Error.WriteLine($"hadath ingest: {e.Message}");
            return 1;
        }
    }

    private static int Enqueue(string db, List<string> paths, Action<ReadError> onError, ProgressBar bar)
    {
        using var store = ArticleStore.Open(db);
        var queue = new WorkQueue(store);
        long read = 0, queued = 0;
        store.BeginBatch();
        foreach (var article in ArticleSources.Read(paths, onError))
        {
            read++;
            if (queue.Enqueue(article)) queued++;
            if (read % 500 == 0)
            {
                store.CommitBatch();
                store.BeginBatch();
            }
            bar.Update(-1, read, 0, TimeSpan.Zero, 0);
        }
        store.CommitBatch();
        bar.Finish();
        var counts = queue.Counts();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"enqueue: {read:N0} read, {queued:N0} queued ({read - queued:N0} already queued or done); queue now {counts["queued"]:N0} queued, {counts["leased"]:N0} leased, {counts["done"]:N0} done, {counts["failed"]:N0} failed in {store.Target}"));
        return 0;
    }

    internal static string StoreName(string db) => ArticleStore.Describe(db);
}
