using System.Collections.Concurrent;

namespace Hadath.Tagging;

/// <summary>
/// Feature templates of the NER tagger, after Ratinov and Roth (2009) adapted to Arabic: the token and its
/// neighbours (normalised spelling), proclitic-stripped stems (so "وبغداد" shares evidence with "بغداد"),
/// affixes, word shape, hierarchical cluster prefixes from unlabeled news, and gazetteer matches marked
/// B/I by position in the longest matching phrase. Keys are 64-bit hashes (<see cref="FeatureHash"/>).
/// Thread-safe; per-token work is cached (<see cref="NerTokenInfo"/>).
/// </summary>
internal sealed class NerFeatures(WordClusters clusters, Gazetteer gazetteer, CorpusLexicon lexicon)
{
    private const int CacheLimit = 1 << 18;
    private static readonly int[] ClusterLengths = [4, 8, 12, 16];
    private static readonly ulong StartId = FeatureHash.Identity("<s>");
    private static readonly ulong EndId = FeatureHash.Identity("</s>");
    private static readonly ulong Bias = FeatureHash.Of(1, 0);
    private static readonly ulong FirstPosition = FeatureHash.Of(29, 0);

    private readonly ConcurrentDictionary<string, NerTokenInfo> _cache = new(StringComparer.Ordinal);
    private int _cached; // entries added to _cache since it was last cleared

    public WordClusters Clusters { get; } = clusters;
    public Gazetteer Gazetteer { get; } = gazetteer;
    public CorpusLexicon Lexicon { get; } = lexicon;

    /// <summary>
    /// Fills <paramref name="buffer"/> with one position per token of <paramref name="tokens"/> and returns each
    /// token's memory key (see <see cref="DocumentMemory"/>), or null for tokens that cannot be names.
    /// </summary>
    public string?[] Extract(IReadOnlyList<string> tokens, FeatureBuffer buffer)
    {
        var n = tokens.Count;
        var info = new NerTokenInfo[n];
        var memoryKeys = new string?[n];
        for (var i = 0; i < n; i++)
        {
            info[i] = Info(tokens[i]);
            memoryKeys[i] = info[i].MemoryKey;
        }
        var categories = Gazetteer.Categories.Count;
        var marks = GazetteerMarks(info);

        buffer.Clear();
        for (var i = 0; i < n; i++)
        {
            buffer.BeginPosition();
            var t = info[i];
            buffer.Add(Bias);
            foreach (var key in t.Local) buffer.Add(key);
            var previous = i > 0 ? info[i - 1].KeyId : StartId;
            var next = i + 1 < n ? info[i + 1].KeyId : EndId;
            buffer.Add(FeatureHash.Of(3, previous));
            buffer.Add(FeatureHash.Of(4, next));
            buffer.Add(FeatureHash.Of(5, i > 1 ? info[i - 2].KeyId : StartId));
            buffer.Add(FeatureHash.Of(6, i + 2 < n ? info[i + 2].KeyId : EndId));
            buffer.Add(FeatureHash.Of(7, previous, t.KeyId));
            buffer.Add(FeatureHash.Of(8, t.KeyId, next));
            buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(21),
                i > 0 ? info[i - 1].ShapeId : StartId), t.ShapeId), i + 1 < n ? info[i + 1].ShapeId : EndId)));
            buffer.Add(FeatureHash.Of(25, i > 0 ? info[i - 1].StemId : StartId));
            buffer.Add(FeatureHash.Of(26, i + 1 < n ? info[i + 1].StemId : EndId));
            if (i == 0) buffer.Add(FirstPosition);
            if (i > 0 && info[i - 1].LexiconType != 0) buffer.Add(FeatureHash.Of(83, info[i - 1].LexiconType));
            if (i + 1 < n && info[i + 1].LexiconType != 0) buffer.Add(FeatureHash.Of(84, info[i + 1].LexiconType));
            for (var offset = -2; offset <= 2; offset++)
            {
                var j = i + offset;
                var path = j >= 0 && j < n ? info[j].Path : 0u;
                for (var k = 0; k < ClusterLengths.Length; k++)
                {
                    if (offset is -2 or 2 && k > 1) break; // outer neighbours: coarse classes only
                    buffer.Add(FeatureHash.Of(30 + (offset + 2) * 4 + k, WordClusters.PrefixOf(path, ClusterLengths[k])));
                }
            }
            for (var offset = -1; offset <= 1; offset++)
            {
                var j = i + offset;
                if (j < 0 || j >= n) continue;
                for (var c = 0; c < categories; c++)
                {
                    var mark = marks[j * categories + c];
                    if (mark < 0) continue;
                    buffer.Add(FeatureHash.Of(60 + offset + 1, mark));
                    if (offset == 0) buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(64), mark), previous)));
                }
            }
        }
        return memoryKeys;
    }

    /// <summary>The cached per-token analysis of <paramref name="token"/>.</summary>
    internal NerTokenInfo Info(string token)
    {
        if (_cache.TryGetValue(token, out var info)) return info;
        info = Analyze(token);
        // Bounded memory on endless streams. Counted here because ConcurrentDictionary.Count takes every lock.
        if (Volatile.Read(ref _cached) >= CacheLimit)
        {
            _cache.Clear();
            Volatile.Write(ref _cached, 0);
        }
        if (_cache.TryAdd(token, info)) Interlocked.Increment(ref _cached);
        return info;
    }

    private NerTokenInfo Analyze(string token)
    {
        var key = TokenForms.Key(token);
        var (clitics, stem) = ArabicAffixes.StripProclitics(key);
        var path = Clusters.Path(key);
        if (path == 0 && stem != key) path = Clusters.Path(stem);
        var shape = Shape(token);
        var bare = ArabicAffixes.WithoutArticle(stem);
        var local = new List<ulong>(24)
        {
            FeatureHash.Of(2, key),
            FeatureHash.Of(20, shape),
            FeatureHash.Of(23, stem),
            FeatureHash.Of(24, bare),
            FeatureHash.Of(27, clitics),
            FeatureHash.Of(28, Math.Min(stem.Length, 10)),
        };
        for (var k = 1; k <= 4 && k <= stem.Length; k++)
        {
            local.Add(FeatureHash.Of(10 + k, stem.AsSpan(0, k)));
            local.Add(FeatureHash.Of(15 + k, stem.AsSpan(stem.Length - k)));
        }
        if (path == 0) local.Add(FeatureHash.Of(52, shape));
        var memoryKey = bare.Length >= 2 && char.IsLetter(bare[0]) ? bare : null;
        var entry = Lexicon.Lookup(memoryKey);
        var lexiconType = 0;
        if (entry != 0)
        {
            var best = 0;
            for (var type = 1; type <= 4; type++)
            {
                var fraction = CorpusLexicon.Fraction(entry, type);
                if (fraction == 0) continue;
                local.Add(FeatureHash.Of(80, type * 8 + fraction));
                if (fraction > best) { best = fraction; lexiconType = type * 8 + fraction; }
            }
            local.Add(FeatureHash.Of(81, CorpusLexicon.CountBucket(entry)));
            local.Add(FeatureHash.Of(82, lexiconType * 16 + CorpusLexicon.CountBucket(entry)));
        }
        return new NerTokenInfo
        {
            Key = key,
            Stem = stem,
            MemoryKey = memoryKey,
            LexiconType = lexiconType,
            Path = path,
            KeyId = FeatureHash.Identity(key),
            StemId = FeatureHash.Identity(stem),
            ShapeId = FeatureHash.Identity(shape),
            Local = [.. local],
        };
    }

    /// <summary>
    /// Per token and category, the code (category * 4 + 0 for B, 1 for I, 2 for a one-token phrase) of the
    /// longest gazetteer phrase of that category covering it, or -1. A phrase's first token may match with
    /// its proclitics stripped ("وبغداد").
    /// </summary>
    private int[] GazetteerMarks(NerTokenInfo[] info)
    {
        var n = info.Length;
        var categories = Gazetteer.Categories.Count;
        var marks = new int[n * categories];
        Array.Fill(marks, -1);
        Span<int> covered = stackalloc int[categories]; // end of the longest phrase of each category so far
        Span<int> found = stackalloc int[Gazetteer.MaxTokens + 1];
        for (var start = 0; start < n; start++)
        {
            found.Clear();
            Gazetteer.MatchAll(info, start, info[start].KeyId, found);
            if (info[start].StemId != info[start].KeyId) Gazetteer.MatchAll(info, start, info[start].StemId, found);
            for (var length = Gazetteer.MaxTokens; length >= 1; length--)
            {
                var mask = found[length];
                if (mask == 0) continue;
                for (var c = 0; c < categories; c++)
                {
                    if ((mask & (1 << c)) == 0 || covered[c] >= start + length) continue;
                    covered[c] = start + length;
                    for (var t = start; t < start + length; t++)
                        marks[t * categories + c] = c * 4 + (length == 1 ? 2 : t == start ? 0 : 1);
                }
            }
        }
        return marks;
    }

    /// <summary>
    /// Second-stage features (Ratinov and Roth's two-stage prediction aggregation): the first stage's labels
    /// (B/I and type) at and around each token, and the types the first stage gave the same name elsewhere in the document
    /// (<paramref name="memory"/>, which already excludes this sentence). Copies <paramref name="first"/> and adds them.
    /// </summary>
    public static void AddContext(FeatureBuffer first, IReadOnlyList<string?> memoryKeys, IReadOnlyList<int> firstTypes /* label codes, DocumentMemory.Code */,
        DocumentMemory memory, FeatureBuffer output, bool includeFirstKeys = true)
    {
        output.Clear();
        var n = first.Length;
        Span<int> counts = stackalloc int[DocumentMemory.TypeCount];
        for (var i = 0; i < n; i++)
        {
            output.BeginPosition(first.CandidatesOf(i));
            if (includeFirstKeys)
                foreach (var key in first.KeysOf(i)) output.Add(key);
            output.Add(FeatureHash.Of(70, firstTypes[i]));
            output.Add(FeatureHash.Of(71, i > 0 ? firstTypes[i - 1] : -1));
            output.Add(FeatureHash.Of(72, i + 1 < n ? firstTypes[i + 1] : -1));
            if (memoryKeys[i] is not { } key1) continue;
            memory.Counts(key1, counts);
            // Other occurrences inside this sentence count too, except this one.
            for (var j = 0; j < n; j++)
                if (j != i && memoryKeys[j] == key1) counts[DocumentMemory.TypeOfCode(firstTypes[j])]++;
            var total = 0;
            foreach (var c in counts) total += c;
            if (total == 0) continue;
            var named = total - counts[0];
            output.Add(FeatureHash.Of(73, named == 0 ? 0 : named == total ? 2 : 1));
            for (var t = 1; t < counts.Length; t++)
            {
                if (counts[t] == 0) continue;
                output.Add(FeatureHash.Of(74, t));
                output.Add(FeatureHash.Of(75, t * 4 + (counts[t] * 3 >= total * 2 ? 2 : counts[t] * 3 >= total ? 1 : 0)));
            }
        }
    }

    /// <summary>Word shape: a Arabic letter, X/x Latin upper/lower, d digit, other characters kept; runs collapsed.</summary>
    internal static string Shape(string token)
    {
        Span<char> buffer = stackalloc char[8];
        var n = 0;
        foreach (var c in token)
        {
            var s = TokenForms.IsArabicLetter(c) ? 'a'
                : char.IsAsciiLetterUpper(c) ? 'X'
                : char.IsAsciiLetterLower(c) ? 'x'
                : char.IsDigit(c) ? 'd'
                : char.IsLetter(c) ? 'l'
                : c;
            if (n > 0 && buffer[n - 1] == s) continue;
            if (n == buffer.Length) break;
            buffer[n++] = s;
        }
        return new string(buffer[..n]);
    }
}
