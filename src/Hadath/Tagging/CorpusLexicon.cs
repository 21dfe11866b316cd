using System.Text.Json;

namespace Hadath.Tagging;

/// <summary>
/// Self-trained name lexicon: how often a first-stage tagger labels each name key (see
/// <see cref="DocumentMemory"/>) as PER, ORG, LOC or MISC over the unlabeled news corpus. Document memory
/// extended to the whole corpus: a name seen in clear contexts elsewhere carries that evidence into
/// ambiguous ones. Stores key hashes and quantised type fractions only.
/// </summary>
internal sealed class CorpusLexicon
{
    private readonly Dictionary<ulong, uint> _entries; // packed: count bucket (bits 0-3), then 4 x 3-bit fraction buckets

    private CorpusLexicon(Dictionary<ulong, uint> entries) => _entries = entries;

    public static CorpusLexicon Empty { get; } = new([]);

    public int Count => _entries.Count;

    /// <summary>Packed entry of a memory key, or 0 when the corpus never saw it tagged as a name.</summary>
    public uint Lookup(string? memoryKey) =>
        memoryKey is null ? 0 : _entries.GetValueOrDefault(FeatureHash.Identity(memoryKey));

    /// <summary>Fraction bucket 0..7 of type <paramref name="type"/> (1 = PER .. 4 = MISC) in a packed entry.</summary>
    public static int Fraction(uint entry, int type) => (int)(entry >> (4 + 3 * (type - 1))) & 7;

    /// <summary>Count bucket (log2 of occurrences, capped) of a packed entry.</summary>
    public static int CountBucket(uint entry) => (int)(entry & 15);

    /// <summary>
    /// Tags the title and text of every article in <paramref name="jsonlFiles"/> with <paramref name="tagger"/>
    /// (sentences split at . ! ? ؟), counts types per name key, and keeps keys seen at least
    /// <paramref name="minCount"/> times and tagged as a name at least once. Runs on both cores; the result does
    /// not depend on thread timing (counts are sums).
    /// </summary>
    public static CorpusLexicon Build(IReadOnlyList<string> jsonlFiles, NamedEntityTagger tagger, NerFeatures features,
        int maxArticles, int minCount, Action<string>? log)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var gate = new object();
        long tokens = 0;
        foreach (var file in jsonlFiles)
        {
            IEnumerable<string> lines = File.ReadLines(file);
            if (maxArticles > 0) lines = lines.Take(maxArticles);
            Parallel.ForEach(lines, new ParallelOptions { MaxDegreeOfParallelism = 2 },
                () => new Dictionary<string, int[]>(StringComparer.Ordinal),
                (line, _, local) =>
                {
                    var sentences = Sentences(line);
                    if (sentences.Count == 0) return local;
                    var tags = tagger.TagDocument(sentences);
                    for (var j = 0; j < sentences.Count; j++)
                        for (var i = 0; i < sentences[j].Count; i++)
                        {
                            if (features.Info(sentences[j][i]).MemoryKey is not { } key) continue;
                            if (!local.TryGetValue(key, out var c)) local[key] = c = new int[DocumentMemory.TypeCount];
                            c[DocumentMemory.TypeOf(tags[j][i])]++;
                        }
                    Interlocked.Add(ref tokens, sentences.Sum(s => s.Count));
                    return local;
                },
                local =>
                {
                    lock (gate)
                        foreach (var (key, c) in local)
                        {
                            if (!counts.TryGetValue(key, out var total)) counts[key] = total = new int[DocumentMemory.TypeCount];
                            for (var t = 0; t < c.Length; t++) total[t] += c[t];
                        }
                });
        }
        var entries = new Dictionary<ulong, uint>();
        foreach (var (key, c) in counts)
        {
            var total = c.Sum();
            if (total < minCount || total == c[0]) continue;
            uint packed = (uint)Math.Min(15, 31 - System.Numerics.BitOperations.LeadingZeroCount((uint)total));
            for (var t = 1; t < c.Length; t++)
                packed |= (uint)Math.Min(7, c[t] * 8 / total) << (4 + 3 * (t - 1));
            entries[FeatureHash.Identity(key)] = packed;
        }
        log?.Invoke($"ner: corpus lexicon from {tokens} tokens: {entries.Count} name keys");
        return new CorpusLexicon(entries);
    }

    private static List<IReadOnlyList<string>> Sentences(string line)
    {
        var result = new List<IReadOnlyList<string>>();
        if (string.IsNullOrWhiteSpace(line)) return result;
        string? title, text;
        try
        {
            using var json = JsonDocument.Parse(line);
            title = json.RootElement.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            text = json.RootElement.TryGetProperty("text", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
        }
        catch (JsonException) { return result; } // a broken line costs one article, not the build
        var tokens = new List<string>();
        foreach (var paragraph in $"{title}\n{text}".Split('\n'))
        {
            tokens.Clear();
            TokenForms.Split(paragraph, tokens);
            var start = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                var end = tokens[i] is "." or "!" or "?" or "\u061F" || i == tokens.Count - 1;
                if (!end || i + 1 - start == 0) continue;
                result.Add(tokens.GetRange(start, i + 1 - start).ToArray());
                start = i + 1;
            }
        }
        return result;
    }

    public void Write(BinaryWriter writer)
    {
        var keys = _entries.Keys.ToArray();
        Array.Sort(keys);
        writer.Write(keys.Length);
        foreach (var k in keys) { writer.Write(k); writer.Write(_entries[k]); }
    }

    public static CorpusLexicon Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var entries = new Dictionary<ulong, uint>(count);
        for (var i = 0; i < count; i++) entries[reader.ReadUInt64()] = reader.ReadUInt32();
        return new CorpusLexicon(entries);
    }
}
