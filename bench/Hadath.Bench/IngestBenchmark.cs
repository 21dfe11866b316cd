using System.Diagnostics;
using System.Globalization;
using Hadath.IO;
using Hadath.Pipeline;
using Hadath.Store;
using Hadath.Store.Analysis;
using Hadath.Store.Ingest;
using Hadath.Store.Search;

namespace Hadath.Bench;

/// <summary>
/// Ingest and search throughput on a real corpus (a macro benchmark, not BenchmarkDotNet: one ingest is the unit).
/// <c>dotnet run -c Release --project bench/Hadath.Bench -- ingest FILE.jsonl [--analyzer fake|engine] [--jobs N] [--limit N] [--db FILE]</c>
/// prints articles/s, peak memory, store size, and median / p95 latency of five typical searches.
/// </summary>
public static class IngestBenchmark
{
    private const int SearchRuns = 21;

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: ingest FILE.jsonl|FOLDER... [--analyzer fake|engine] [--jobs N] [--limit N] [--db FILE]");
            return 2;
        }
        var inputs = new List<string>();
        string analyzerName = "fake", db = Path.Combine(Path.GetTempPath(), $"hadath-bench-{Environment.ProcessId}.db");
        int jobs = 1, limit = int.MaxValue;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--analyzer": analyzerName = args[++i]; break;
                case "--jobs": jobs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--limit": limit = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--db": db = args[++i]; break;
                default: inputs.Add(args[i]); break;
            }
        }
        IArticleAnalyzer analyzer = analyzerName == "engine" ? new EngineAnalyzer() : new FakeAnalyzer();
        if (limit != int.MaxValue) inputs = [Truncated(inputs, limit)];
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);

        var errors = 0;
        var clock = Stopwatch.StartNew();
        var result = new IngestRunner(analyzer, new IngestOptions { Jobs = jobs }).Run(db, inputs, _ => errors++);
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest [{analyzer.Version}, jobs {jobs}]: {result.Added:N0} articles stored ({result.Unchanged:N0} duplicates, {errors} errors) in {clock.Elapsed.TotalSeconds:0.0} s = {result.Added / clock.Elapsed.TotalSeconds:N0} articles/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB; store {new FileInfo(db).Length / 1048576.0 + (File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length / 1048576.0 : 0):N0} MiB"));

        // Where the time goes: reading alone, then reading + analysis, without the store.
        var split = Stopwatch.StartNew();
        var articles = ArticleSources.Read(inputs, _ => { }).ToList();
        var readSeconds = split.Elapsed.TotalSeconds;
        split.Restart();
        foreach (var a in articles) analyzer.Analyze(a);
        var analyzeSeconds = split.Elapsed.TotalSeconds;
        split.Restart();
        foreach (var a in articles) Hadath.Store.Search.SearchTerms.ForIndex(a.DocumentText);
        var termsSeconds = split.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"the same articles without the store: reading {readSeconds:0.0} s, analysis {analyzeSeconds:0.0} s, full-text terms {termsSeconds:0.0} s"));

        // The store alone: pre-analysed articles saved one after another on one thread, in batches of 64.
        {
            var seqDb = db + ".seq";
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(seqDb + suffix);
            using var seq = ArticleStore.Open(seqDb);
            var analysed = articles.Take(3000).Select(a => analyzer.Analyze(a)).ToList();
            var t = Stopwatch.StartNew();
            seq.BeginBatch();
            var n = 0;
            foreach (var a in analysed)
            {
                seq.Save(a, analyzer.Version);
                if (++n % 64 == 0) { seq.CommitBatch(); seq.BeginBatch(); }
            }
            seq.CommitBatch();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"store alone (first {analysed.Count:N0} articles, pre-analysed, one thread): {analysed.Count / t.Elapsed.TotalSeconds:N0} articles/s"));
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(seqDb + suffix);
        }
        using var store = ArticleStore.Open(db);
        var counts = store.Counts();
        Console.WriteLine($"store: {counts.Articles:N0} articles, {counts.Events:N0} events in {counts.Clusters:N0} clusters, {counts.Entities:N0} entities, {counts.Quotes:N0} quotes");
        var search = new EventSearch(store);
        (string Name, Func<int> Query)[] queries =
        [
            ("text: غزة (articles, top 50)", () => search.Articles(new EventFilter { Text = "غزة" }, 50).Count),
            ("phrase: \"قطاع غزة\" (events, top 50)", () => search.Clusters(new EventFilter { Text = "\"قطاع غزة\"" }, 50).Count),
            ("--type ASSAULT --place gaza (events, top 50)", () => search.Clusters(new EventFilter { Types = ["ASSAULT"], Place = "gaza" }, 50).Count),
            ("--type ASSAULT --count-by day", () => search.CountBy(new EventFilter { Types = ["ASSAULT"] }, CountKey.Day).Count),
            ("--actor israel --from 2018-05-01 --to 2018-05-31 --count-by place", () => search.CountBy(
                new EventFilter { Actor = "israel", From = new DateOnly(2018, 5, 1), To = new DateOnly(2018, 5, 31) }, CountKey.Place).Count),
        ];
        Console.WriteLine($"{"search",-66} {"rows",6} {"median ms",10} {"p95 ms",8}");
        foreach (var (name, query) in queries)
        {
            var rows = query(); // warm-up: page cache, statement compilation
            var times = new double[SearchRuns];
            for (var i = 0; i < SearchRuns; i++)
            {
                var t = Stopwatch.StartNew();
                query();
                times[i] = t.Elapsed.TotalMilliseconds;
            }
            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-66} {rows,6} {times[SearchRuns / 2],10:0.00} {times[(int)Math.Ceiling(0.95 * SearchRuns) - 1],8:0.00}"));
        }
        return 0;
    }

    // The first N lines of a JSONL file, for short runs on a shared machine.
    private static string Truncated(List<string> inputs, int limit)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hadath-bench-{Environment.ProcessId}.jsonl");
        File.WriteAllLines(path, File.ReadLines(inputs.Single()).Take(limit));
        return path;
    }

    private sealed class EngineAnalyzer : IArticleAnalyzer
    {
        private readonly HadathEngine _engine = HadathEngine.CreateDefault();
        public string Version => "engine";
        public AnalyzedArticle Analyze(SourceArticle article, CancellationToken cancellationToken = default) =>
            new(article, _engine.Analyze(AnalyzedArticle.ToRecord(article), cancellationToken));
    }
}
