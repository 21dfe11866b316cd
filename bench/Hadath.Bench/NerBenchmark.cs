using BenchmarkDotNet.Attributes;
using Hadath.Tagging;

namespace Hadath.Bench;

/// <summary>
/// NER throughput (tokens per second = tokens per operation / mean time) and model load time, on one thread.
/// Input: ANERcorp train tokens from ../shared/data when present (20-sentence documents, like short articles),
/// else a built-in news sentence repeated. Run: dotnet run -c Release --project bench/Hadath.Bench -- --filter '*Ner*' --job short
/// </summary>
[MemoryDiagnoser]
public class NerBenchmark
{
    private NamedEntityTagger _tagger = null!;
    private IReadOnlyList<string>[][] _documents = [];

    /// <summary>Tokens tagged per <see cref="TagDocuments"/> call.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _tagger = NamedEntityTagger.LoadDefault();
        var root = ModelPaths.RepositoryRoot() ?? ".";
        var corpus = Path.Combine(root, "..", "shared", "data", "ner", "anercorp", "ANERCorp_CamelLab_train.txt");
        IReadOnlyList<string>[] sentences = File.Exists(corpus)
            ? ConllReader.Read(corpus, 2).Take(2000).Select(s => s.Tokens).ToArray()
            : Enumerable.Repeat<IReadOnlyList<string>>(
                "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الاتحاد الأوروبي سيدعم لبنان .".Split(' '), 2000).ToArray();
        _documents = sentences.Chunk(20).ToArray();
        Tokens = sentences.Sum(s => s.Count);
        Console.WriteLine($"// NerBenchmark: {Tokens} tokens per operation");
    }

    [Benchmark]
    public int TagDocuments()
    {
        var entities = 0;
        foreach (var document in _documents)
            foreach (var tags in _tagger.TagDocument(document))
                foreach (var tag in tags)
                    if (tag[0] == 'B') entities++;
        return entities;
    }

    [Benchmark]
    public int LoadModel() => NamedEntityTagger.LoadDefault().FeatureCount;
}
