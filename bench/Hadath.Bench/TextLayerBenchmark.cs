using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Hadath.Pipeline;
using Hadath.Text;

namespace Hadath.Bench;

/// <summary>
/// The whole text layer (normalise, tokenise with clitic segmentation, split sentences) over the first
/// 1,000 articles of ANT (../shared/data/news/ant-multisource.jsonl, title + "\n\n" + text), against splitting
/// the same text on whitespace. The Words/s column counts Arabic and Latin word tokens of the corpus.
/// Run: cd bench/Hadath.Bench &amp;&amp; dotnet run -c Release -- --filter '*TextLayer*' --job short
/// </summary>
[Config(typeof(WordsPerSecondConfig))]
[MemoryDiagnoser]
public class TextLayerBenchmark
{
    private const int Articles = 1000;
    private const string Corpus = "news/ant-multisource.jsonl";
    private string[] _documents = [];
    private AnalysisPipeline _pipeline = TextPipeline.Create();
    private HadathEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = TextPipeline.Create();
        _engine = HadathEngine.CreateDefault();
        _documents = LoadDocuments();
        if (_documents.Length == 0)
            Console.WriteLine($"// SKIPPED: ../shared/data/{Corpus} was not found above {AppContext.BaseDirectory}; both benchmarks do nothing.");
    }

    /// <summary>The baseline: string.Split on whitespace, counting the pieces.</summary>
    [Benchmark(Baseline = true)]
    public int SplitOnWhitespace()
    {
        var count = 0;
        foreach (var text in _documents)
            count += text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return count;
    }

    /// <summary>Normalise + tokenise + segment + split sentences, as <see cref="TextPipeline.Create"/> does.</summary>
    [Benchmark]
    public int TextLayer()
    {
        var words = 0;
        for (var i = 0; i < _documents.Length; i++)
            words += _pipeline.Process(new Document(i.ToString(System.Globalization.CultureInfo.InvariantCulture), _documents[i])).Words.Count;
        return words;
    }

    /// <summary>
    /// The whole default engine (`hadath extract` without output): text layer, gazetteer linking, quotes and events.
    /// Its Words/s column is the figure to hold against the product goal of 100,000 words/s on one core.
    /// </summary>
    [Benchmark]
    public int WholeEngine()
    {
        var events = 0;
        for (var i = 0; i < _documents.Length; i++)
            events += _engine.Pipeline.Process(new Document(i.ToString(System.Globalization.CultureInfo.InvariantCulture), _documents[i],
                new DateOnly(2018, 6, 1))).Events.Count;
        return events;
    }

    /// <summary>Arabic and Latin word tokens of the benchmark corpus (0 when it is absent).</summary>
    internal static long CountWords()
    {
        long words = 0;
        foreach (var text in LoadDocuments())
            foreach (var token in Tokenizer.Default.Tokenize(text).Tokens)
                if (token.Kind is TokenKind.Arabic or TokenKind.Latin) words++;
        return words;
    }

    private static string[] LoadDocuments()
    {
        if (FindCorpus() is not { } path) return [];
        var documents = new List<string>(Articles);
        foreach (var line in File.ReadLines(path))
        {
            if (documents.Count == Articles) break;
            using var json = JsonDocument.Parse(line);
            var title = json.RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
            var body = json.RootElement.TryGetProperty("text", out var b) ? b.GetString() ?? "" : "";
            documents.Add(string.IsNullOrEmpty(title) ? body : title + "\n\n" + body);
        }
        return [.. documents];
    }

    /// <summary>Walks up from the binaries (BenchmarkDotNet runs them from a generated folder) to a directory holding shared/data.</summary>
    private static string? FindCorpus()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", Corpus);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    private sealed class WordsPerSecondConfig : ManualConfig
    {
        public WordsPerSecondConfig() => AddColumn(new WordsPerSecondColumn());
    }

    /// <summary>Corpus words divided by the mean time of one operation (all 1,000 articles).</summary>
    private sealed class WordsPerSecondColumn : IColumn
    {
        private readonly Lazy<long> _words = new(CountWords);

        public string Id => nameof(WordsPerSecondColumn);
        public string ColumnName => "Words/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Arabic and Latin word tokens of the corpus per second of one operation";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is not > 0 || _words.Value == 0) return "-";
            return (_words.Value / (mean.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}
