namespace Hadath.Tagging;

/// <summary>
/// Hierarchical word clusters: each known word has a binary path (root = most significant bit) of up to
/// 22 bits, so prefixes of several lengths give coarse-to-fine classes, as Brown clusters do, and the
/// binary logarithm of its corpus count. Built by <see cref="ClusterInduction"/> from unlabeled news;
/// looked up with <see cref="TokenForms.Key"/> spellings. A word's entry packs into 32 bits:
/// depth in bits 0-4, path in bits 5-26, log2(count) in bits 27-31.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, uint> _paths; // packed entry, see the class summary

    /// <summary>Deepest path the packing holds.</summary>
    public const int MaxDepth = 22;

    internal WordClusters(Dictionary<string, uint> paths, string provenance)
    {
        _paths = paths;
        Provenance = provenance;
    }

    /// <summary>An empty set: every lookup misses (for tests and models trained without clusters).</summary>
    public static WordClusters Empty { get; } = new(new Dictionary<string, uint>(), "none");

    /// <summary>
    /// A 64-bit hash of every (word, path) pair, stored in models trained with these clusters so a model
    /// is never run with clusters other than those it learned from.
    /// </summary>
    public ulong Fingerprint => _fingerprint ??= ComputeFingerprint();

    private ulong? _fingerprint;

    private ulong ComputeFingerprint()
    {
        var words = _paths.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        var hash = FeatureHash.Start(0xC1);
        foreach (var w in words) hash = FeatureHash.Add(FeatureHash.Add(hash, w.AsSpan()), (int)_paths[w]);
        return FeatureHash.Finish(hash);
    }

    /// <summary>Words with a cluster path.</summary>
    public int Count => _paths.Count;

    /// <summary>Where the clusters came from (corpus, parameters), copied from the model file.</summary>
    public string Provenance { get; }

    /// <summary>The first <paramref name="length"/> bits of <paramref name="key"/>'s path with its length, or -1 when unknown.</summary>
    public int Prefix(string key, int length)
    {
        if (!_paths.TryGetValue(key, out var packed)) return -1;
        return PrefixOf(packed, length);
    }

    /// <summary>The packed path of a key, or 0 when unknown (no real path packs to 0: depth is at least 1).</summary>
    public uint Path(string key) => _paths.TryGetValue(key, out var packed) ? packed : 0;

    /// <summary>floor(log2(corpus count)) of a key, or -1 when unknown.</summary>
    public int LogCount(string key) => _paths.TryGetValue(key, out var packed) ? (int)(packed >> 27) : -1;

    /// <summary>Packs a path of <paramref name="depth"/> bits and a corpus count into an entry.</summary>
    internal static uint Pack(uint path, int depth, long count) =>
        ((uint)Math.Min(31, 63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, count))) << 27)
        | ((path & ((1u << MaxDepth) - 1)) << 5) | (uint)depth;

    /// <summary>Prefix of a packed path (see <see cref="Path"/>), or -1 for 0.</summary>
    public static int PrefixOf(uint packed, int length)
    {
        if (packed == 0) return -1;
        var depth = (int)(packed & 31);
        var path = (packed >> 5) & ((1u << MaxDepth) - 1);
        var keep = Math.Min(depth, length);
        return (int)((path >> (depth - keep)) << 5) | keep;
    }

    internal const string Kind = "clusters";

    /// <summary>Loads a clusters file written by <see cref="Save"/>.</summary>
    public static WordClusters Load(string path)
    {
        var sections = ModelFile.Read(path, Kind);
        using var meta = ModelFile.Open(sections, "meta", path);
        var provenance = meta.ReadString();
        using var reader = ModelFile.Open(sections, "paths", path);
        var count = reader.ReadInt32();
        var paths = new Dictionary<string, uint>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadString();
            paths[word] = reader.ReadUInt32();
        }
        return new WordClusters(paths, provenance);
    }

    /// <summary>Writes the clusters, words in ordinal order so equal inputs give equal bytes.</summary>
    public void Save(string path)
    {
        var words = _paths.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        ModelFile.Write(path, Kind,
        [
            ("meta", ModelFile.Section(w => w.Write(Provenance))),
            ("paths", ModelFile.Section(w =>
            {
                w.Write(words.Length);
                foreach (var word in words) { w.Write(word); w.Write(_paths[word]); }
            })),
        ]);
    }
}
