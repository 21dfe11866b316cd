using System.Collections.Concurrent;
using System.Diagnostics;
using Hadath.IO;

namespace Hadath.Store.Ingest;

/// <summary>
/// Reads files, analyses the articles not yet stored under the analyzer's version, and stores them in batches.
/// With one job everything runs on the calling thread; with more, three stages run on their own threads: reading
/// (with the "already stored?" check on a second connection, so re-running over an archive skips straight past what
/// is done), analysis (<see cref="IngestOptions.Jobs"/> threads), and one writer. Each batch is one transaction: a killed ingest leaves whole articles only, and running it again
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
        if (options.Jobs <= 1) return RunOnOneThread(files, bytesTotal, writer, errors, Report, onError, onProgress, clock, cancellationToken);
        using var checker = ArticleStore.Open(target);
        // Articles travel between threads in chunks: one hand-off per article cost more than storing it on a
        // busy two-core machine (a context switch each).
        using var toAnalyze = new BlockingCollection<List<(SourceArticle Article, long Bytes)>>(options.Jobs * 2);
        using var toWrite = new BlockingCollection<List<(AnalyzedArticle? Result, long Bytes)>>(options.Jobs * 2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var reader = Task.Run(() =>
        {
            try
            {
                var chunk = new List<(SourceArticle, long)>(Chunk);
                foreach (var (article, bytes) in Articles(files, Report))
                {
                    if (stop.IsCancellationRequested) return;
                    Interlocked.Increment(ref _read);
                    if (checker.StoredVersion(ArticleStore.ContentHash(article)) == analyzer.Version)
                    {
                        Interlocked.Increment(ref _unchanged);
                        Interlocked.Exchange(ref _bytesDone, bytes);
                        continue;
                    }
                    chunk.Add((article, bytes));
                    if (chunk.Count == Chunk)
                    {
                        toAnalyze.Add(chunk, stop.Token);
                        chunk = new List<(SourceArticle, long)>(Chunk);
                    }
                }
                if (chunk.Count > 0) toAnalyze.Add(chunk, stop.Token);
                Interlocked.Exchange(ref _bytesDone, bytesTotal);
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
                foreach (var chunk in toAnalyze.GetConsumingEnumerable(stop.Token))
                    toWrite.Add(chunk.Select(x => (Analyze(x.Article, Report, stop.Token), x.Bytes)).ToList(), stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        })).ToArray();
        var closer = Task.WhenAll(analysts).ContinueWith(_ => toWrite.CompleteAdding(), TaskScheduler.Default);

        var batch = new Batch(writer);
        try
        {
            foreach (var chunk in toWrite.GetConsumingEnumerable(cancellationToken))
            {
                foreach (var (result, bytes) in chunk)
                {
                    while (errors.TryDequeue(out var e)) onError(e);
                    Store(batch, result);
                    if (bytes > Interlocked.Read(ref _bytesDone)) Interlocked.Exchange(ref _bytesDone, bytes);
                    onProgress?.Invoke(Snapshot(bytesTotal, clock.Elapsed));
                }
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

    /// <summary>Articles per hand-off between threads.</summary>
    private const int Chunk = 32;

    // Jobs = 1: read, check, analyse and store on this thread; no hand-offs at all. The check uses the writing
    // connection, which also sees the batch not yet committed.
    private IngestProgress RunOnOneThread(List<(string File, string? Root)> files, long bytesTotal, ArticleStore writer, ConcurrentQueue<ReadError> errors,
        Action<ReadError> report, Action<ReadError> onError, Action<IngestProgress>? onProgress, Stopwatch clock, CancellationToken cancellationToken)
    {
        var batch = new Batch(writer);
        try
        {
            foreach (var (article, bytes) in Articles(files, report))
            {
                cancellationToken.ThrowIfCancellationRequested();
                _read++;
                while (errors.TryDequeue(out var e)) onError(e);
                if (writer.StoredVersion(ArticleStore.ContentHash(article)) == analyzer.Version) _unchanged++;
                else Store(batch, Analyze(article, report, cancellationToken));
                _bytesDone = bytes;
                onProgress?.Invoke(Snapshot(bytesTotal, clock.Elapsed));
            }
            _bytesDone = bytesTotal;
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: keep what is analysed; the next run picks up the rest.
        }
        if (writer.Db.InTransaction) writer.CommitBatch();
        while (errors.TryDequeue(out var e)) onError(e);
        var final = Snapshot(bytesTotal, clock.Elapsed);
        onProgress?.Invoke(final);
        return final;
    }

    /// <summary>Every article of the files with the input bytes read once it is done, for progress.</summary>
    private static IEnumerable<(SourceArticle Article, long Bytes)> Articles(List<(string File, string? Root)> files, Action<ReadError> report)
    {
        long before = 0;
        foreach (var (file, root) in files)
        {
            foreach (var article in ArticleSources.ReadFile(file, ArticleSources.IdFor(file, root), report))
                yield return (article, before + article.Origin.ByteOffset);
            before += new FileInfo(file).Length;
        }
    }

    private AnalyzedArticle? Analyze(SourceArticle article, Action<ReadError> report, CancellationToken cancellationToken)
    {
        try
        {
            return analyzer.Analyze(article, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            report(new ReadError(article.Origin.Path, article.Origin.Line, null, $"analysis of article '{article.Id}' failed: {e.GetType().Name}: {e.Message}"));
            return null;
        }
    }

    // Saves into the open batch (opening one if needed) and commits it when full or old enough.
    private void Store(Batch batch, AnalyzedArticle? result)
    {
        if (result is not null)
        {
            if (!batch.Writer.Db.InTransaction)
            {
                batch.Writer.BeginBatch();
                batch.Clock.Restart();
                batch.Count = 0;
            }
            switch (batch.Writer.Save(result, analyzer.Version))
            {
                case SaveResult.Added: _added++; break;
                case SaveResult.Replaced: _replaced++; break;
                default: Interlocked.Increment(ref _unchanged); break;
            }
            batch.Count++;
        }
        if (batch.Count > 0 && (batch.Count >= options.BatchSize || batch.Clock.Elapsed >= options.BatchTime))
        {
            batch.Writer.CommitBatch();
            batch.Count = 0;
        }
    }

    private sealed class Batch(ArticleStore writer)
    {
        public ArticleStore Writer { get; } = writer;
        public Stopwatch Clock { get; } = Stopwatch.StartNew();
        public int Count { get; set; }
    }

    private IngestProgress Snapshot(long bytesTotal, TimeSpan elapsed) => new(
        Interlocked.Read(ref _read), _added, _replaced, Interlocked.Read(ref _unchanged), Interlocked.Read(ref _failed),
        Math.Min(Interlocked.Read(ref _bytesDone), bytesTotal), bytesTotal, elapsed);
}
