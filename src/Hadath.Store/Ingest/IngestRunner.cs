using System.Collections.Concurrent;
using System.Diagnostics;
using Hadath.IO;

namespace Hadath.Store.Ingest;

/// <summary>
/// Reads files, analyses the articles not yet stored under the analyzer's version, and stores them in batches.
/// Three stages on their own threads: reading (with the "already stored?" check on a second connection, so
/// re-running over an archive skips straight past what is done), analysis (<see cref="IngestOptions.Jobs"/> threads),
/// and one writer. Each batch is one transaction: a killed ingest leaves whole articles only, and running it again
/// analyses exactly what is missing.
/// </summary>
/// <example><code>
/// var result = new IngestRunner(new FakeAnalyzer(), new IngestOptions()).Run("news.db", ["corpus/"], e => Console.Error.WriteLine(e));
/// </code></example>
public sealed class IngestRunner(IArticleAnalyzer analyzer, IngestOptions options)
{
    private long _read, _added, _replaced, _unchanged, _failed, _bytesDone;

    /// <summary>Ingests <paramref name="paths"/> into the store at <paramref name="target"/>; returns the final counts.</summary>
    /// <param name="onProgress">Called from the writer thread after each stored or skipped article.</param>
    public IngestProgress Run(string target, IEnumerable<string> paths, Action<ReadError> onError,
        Action<IngestProgress>? onProgress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var errors = new ConcurrentQueue<ReadError>();
        void Report(ReadError e)
        {
            Interlocked.Increment(ref _failed);
            errors.Enqueue(e);
        }
        var files = ArticleSources.Files(paths, Report).ToList();
        var bytesTotal = files.Sum(f => new FileInfo(f.File).Length);

        using var writer = ArticleStore.Open(target);
        using var checker = ArticleStore.Open(target);
        using var toAnalyze = new BlockingCollection<(SourceArticle Article, long Bytes)>(Math.Max(16, options.Jobs * 4));
        using var toWrite = new BlockingCollection<(AnalyzedArticle? Result, long Bytes)>(Math.Max(16, options.Jobs * 4));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var reader = Task.Run(() =>
        {
            try
            {
                long before = 0;
                foreach (var (file, root) in files)
                {
                    foreach (var article in ArticleSources.ReadFile(file, ArticleSources.IdFor(file, root), Report))
                    {
                        if (stop.IsCancellationRequested) return;
                        Interlocked.Increment(ref _read);
                        var bytes = before + article.Origin.ByteOffset;
                        if (checker.StoredVersion(ArticleStore.ContentHash(article)) == analyzer.Version)
                        {
                            Interlocked.Increment(ref _unchanged);
                            Interlocked.Exchange(ref _bytesDone, bytes);
                            continue;
                        }
                        toAnalyze.Add((article, bytes), stop.Token);
                    }
                    before += new FileInfo(file).Length;
                    Interlocked.Exchange(ref _bytesDone, before);
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                toAnalyze.CompleteAdding();
            }
        });

        var analysts = Enumerable.Range(0, Math.Max(1, options.Jobs)).Select(_ => Task.Run(() =>
        {
            try
            {
                foreach (var (article, bytes) in toAnalyze.GetConsumingEnumerable(stop.Token))
                {
                    AnalyzedArticle? result = null;
                    try
                    {
                        result = analyzer.Analyze(article, stop.Token);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        Report(new ReadError(article.Origin.Path, article.Origin.Line, null, $"analysis of article '{article.Id}' failed: {e.GetType().Name}: {e.Message}"));
                    }
                    toWrite.Add((result, bytes), stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
        })).ToArray();
        var closer = Task.WhenAll(analysts).ContinueWith(_ => toWrite.CompleteAdding(), TaskScheduler.Default);

        var inBatch = 0;
        var batchClock = Stopwatch.StartNew();
        try
        {
            foreach (var (result, bytes) in toWrite.GetConsumingEnumerable(cancellationToken))
            {
                while (errors.TryDequeue(out var e)) onError(e);
                if (result is not null)
                {
                    if (!writer.Db.InTransaction)
                    {
                        writer.BeginBatch();
                        batchClock.Restart();
                    }
                    switch (writer.Save(result, analyzer.Version))
                    {
                        case SaveResult.Added: _added++; break;
                        case SaveResult.Replaced: _replaced++; break;
                        default: Interlocked.Increment(ref _unchanged); break;
                    }
                    inBatch++;
                }
                if (inBatch >= options.BatchSize || (inBatch > 0 && batchClock.Elapsed >= options.BatchTime))
                {
                    writer.CommitBatch();
                    inBatch = 0;
                }
                if (bytes > Interlocked.Read(ref _bytesDone)) Interlocked.Exchange(ref _bytesDone, bytes);
                onProgress?.Invoke(Snapshot(bytesTotal, clock.Elapsed));
            }
            if (writer.Db.InTransaction) writer.CommitBatch();
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: keep what is analysed; the next run picks up the rest.
            if (writer.Db.InTransaction) writer.CommitBatch();
        }
        finally
        {
            stop.Cancel();
            try
            {
                Task.WaitAll([reader, closer, .. analysts]);
            }
            catch (AggregateException)
            {
                // Stage failures after a cancel are expected; a real error in the writer is already propagating.
            }
        }
        while (errors.TryDequeue(out var e)) onError(e);
        var final = Snapshot(bytesTotal, clock.Elapsed);
        onProgress?.Invoke(final);
        return final;
    }

    private IngestProgress Snapshot(long bytesTotal, TimeSpan elapsed) => new(
        Interlocked.Read(ref _read), _added, _replaced, Interlocked.Read(ref _unchanged), Interlocked.Read(ref _failed),
        Math.Min(Interlocked.Read(ref _bytesDone), bytesTotal), bytesTotal, elapsed);
}
