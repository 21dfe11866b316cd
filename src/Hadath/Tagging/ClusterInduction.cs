using System.Diagnostics;
using System.Text.Json;

namespace Hadath.Tagging;

/// <summary>
/// Builds <see cref="WordClusters"/> from unlabeled news: JSONL articles (fields title, text) are split
/// into tokens, spelled with <see cref="TokenForms.Key"/>, embedded with <see cref="SkipGram"/> and
/// clustered with <see cref="BisectingKMeans"/>. Deterministic for a seed.
/// </summary>
/// <example><code>
/// var clusters = new ClusterInduction { Log = Console.Error.WriteLine }.Build(["news.jsonl"]);
/// clusters.Save("models/clusters.bin");
/// </code></example>
internal sealed class ClusterInduction
{
    public int MinCount { get; init; } = 3;
    public int MaxVocabulary { get; init; } = 150_000;
    public int Epochs { get; init; } = 5;
    public int Dimensions { get; init; } = 96;
    public int MaxDepth { get; init; } = 18;
    public int MinLeaf { get; init; } = 8;
    public ulong Seed { get; init; } = 1;
    /// <summary>Stop after this many articles per file (0 = all); for quick experiments.</summary>
    public int MaxArticles { get; init; }
    public Action<string>? Log { get; init; }

    public WordClusters Build(IReadOnlyList<string> jsonlFiles)
    {
        var clock = Stopwatch.StartNew();
        var paragraphs = new List<string[]>();
        foreach (var file in jsonlFiles) paragraphs.AddRange(ReadParagraphs(file));
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        long tokens = 0;
        foreach (var p in paragraphs)
            foreach (var w in p)
            {
                tokens++;
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        var vocabulary = counts.Where(kv => kv.Value >= MinCount)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(MaxVocabulary).Select(kv => kv.Key).ToArray();
        var ids = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++) ids[vocabulary[i]] = i;
        var frequencies = vocabulary.Select(w => counts[w]).ToArray();
        var sentences = paragraphs
            .Select(p => p.Where(ids.ContainsKey).Select(w => ids[w]).ToArray())
            .Where(s => s.Length > 1).ToList();
        Log?.Invoke($"clusters: {paragraphs.Count} paragraphs, {tokens} tokens, vocabulary {vocabulary.Length} (count >= {MinCount}), read in {clock.Elapsed.TotalSeconds:F0}s");

        var vectors = new SkipGram { Dimensions = Dimensions, Epochs = Epochs, Seed = Seed, Log = Log }.Train(sentences, frequencies);
        Log?.Invoke($"clusters: skip-gram done at {clock.Elapsed.TotalSeconds:F0}s");
        var paths = BisectingKMeans.Paths(vectors, Dimensions, MaxDepth, MinLeaf, Seed);
        Log?.Invoke($"clusters: bisecting k-means done at {clock.Elapsed.TotalSeconds:F0}s");
        var map = new Dictionary<string, uint>(vocabulary.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++) map[vocabulary[i]] = WordClusters.Pack(paths[i].Path, paths[i].Depth, frequencies[i]);
        var sources = string.Join(", ", jsonlFiles.Select(Path.GetFileName));
        return new WordClusters(map, $"skip-gram d={Dimensions} window=5 neg=5 epochs={Epochs} seed={Seed}; bisecting 2-means depth<={MaxDepth} leaf>={MinLeaf}; " +
            $"{tokens} tokens from {sources}; vocabulary {vocabulary.Length} with count >= {MinCount}");
    }

    /// <summary>Token keys per paragraph (line of an article's title or text), parsed in parallel, in file order.</summary>
    private IEnumerable<string[]> ReadParagraphs(string path)
    {
        IEnumerable<string> lines = File.ReadLines(path);
        if (MaxArticles > 0) lines = lines.Take(MaxArticles);
        var numbered = lines.Select((line, index) => (line, index + 1));
        return numbered.AsParallel().AsOrdered().WithDegreeOfParallelism(2).SelectMany(item =>
        {
            var (line, number) = item;
            if (string.IsNullOrWhiteSpace(line)) return [];
            string? title, text;
            try
            {
                using var json = JsonDocument.Parse(line);
                title = json.RootElement.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                text = json.RootElement.TryGetProperty("text", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{number}: not a JSON object ({e.Message}).");
            }
            var result = new List<string[]>();
            var buffer = new List<string>();
            foreach (var paragraph in $"{title}\n{text}".Split('\n'))
            {
                buffer.Clear();
                TokenForms.Split(paragraph, buffer);
                if (buffer.Count > 0) result.Add(buffer.Select(TokenForms.Key).ToArray());
            }
            return result;
        }).ToList();
    }
}
