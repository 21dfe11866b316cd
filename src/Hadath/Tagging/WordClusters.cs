namespace Hadath.Tagging;

/// <summary>
/// Hierarchical word clusters: each known word has a binary path (root = most significant bit) of up to
/// 24 bits, so prefixes of several lengths give coarse-to-fine classes, as Brown clusters do. Built by
/// <see cref="ClusterInduction"/> from unlabeled news; looked up with <see cref="TokenForms.Key"/> spellings.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, uint> _paths; // (path << 5) | depth

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

    /// <summary>Prefix of a packed path (see <see cref="Path"/>), or -1 for 0.</summary>
    public static int PrefixOf(uint packed, int length)
    {
        if (packed == 0) return -1;
        var depth = (int)(packed & 31);
        var path = packed >> 5;
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
