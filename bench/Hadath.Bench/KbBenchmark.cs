using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Hadath.Knowledge;

namespace Hadath.Bench;

/// <summary>
/// Knowledge-base load time (kb/compiled/kb.bin.gz: decompress, read, build the three key indexes) and linking
/// throughput of the gazetteer matcher + linker over real news (../shared/gold/articles-dev.jsonl, 16 articles).
/// Mentions per second = <see cref="Mentions"/> / mean time of <see cref="AnnotateDevArticles"/>.
/// Run: <c>dotnet run -c Release --project bench/Hadath.Bench -- --filter '*KbBenchmark*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class KbBenchmark
{
    private string _path = "";
    private DocumentLinker _linker = null!;
    private List<(string Text, DateOnly? Date)> _articles = [];

    /// <summary>Mentions found in one pass over the articles (printed at setup).</summary>
    public int Mentions { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = KnowledgeBase.DefaultPath() ?? throw new FileNotFoundException("kb/compiled/kb.bin.gz not found");
        _linker = new DocumentLinker(KnowledgeBase.Load(_path));
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(_path)))!;
        var gold = Path.Combine(root, "..", "shared", "gold", "articles-dev.jsonl");
        foreach (var line in File.ReadLines(gold))
        {
            using var doc = JsonDocument.Parse(line);
            var a = doc.RootElement;
            var text = a.GetProperty("title").GetString() + "\n\n" + a.GetProperty("text").GetString();
            _articles.Add((text, DateOnly.TryParse(a.GetProperty("published").GetString(), out var d) ? d : null));
        }
        Mentions = AnnotateDevArticles();
        var words = _articles.Sum(a => a.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine($"// {_articles.Count} articles, {words} words, {Mentions} mentions per pass; artifact {new FileInfo(_path).Length:N0} bytes");
    }

    [Benchmark]
    public KnowledgeBase Load() => KnowledgeBase.Load(_path);

    [Benchmark]
    public int AnnotateDevArticles()
    {
        var n = 0;
        foreach (var (text, date) in _articles) n += _linker.Annotate(text, date).Mentions.Count;
        return n;
    }
}
