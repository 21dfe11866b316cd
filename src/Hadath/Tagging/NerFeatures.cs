namespace Hadath.Tagging;

/// <summary>
/// Feature templates of the NER tagger, after Ratinov and Roth (2009) adapted to Arabic: the token and its
/// neighbours (normalised spelling), proclitic-stripped stems (so "وبغداد" shares evidence with "بغداد"),
/// affixes, word shape, hierarchical cluster prefixes from unlabeled news, and gazetteer matches marked
/// B/I by position in the longest matching phrase. Keys are 64-bit hashes (<see cref="FeatureHash"/>).
/// </summary>
internal sealed class NerFeatures(WordClusters clusters, Gazetteer gazetteer)
{
    private static readonly int[] ClusterLengths = [4, 8, 12, 16];

    public WordClusters Clusters { get; } = clusters;
    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>
    /// Fills <paramref name="buffer"/> with one position per token of <paramref name="tokens"/> and returns each
    /// token's memory key (see <see cref="DocumentMemory"/>), or null for tokens that cannot be names.
    /// </summary>
    public string?[] Extract(IReadOnlyList<string> tokens, FeatureBuffer buffer)
    {
        var n = tokens.Count;
        var keys = new string[n];
        var stems = new string[n];
        var clitics = new string[n];
        var paths = new uint[n];
        var shapes = new string[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = TokenForms.Key(tokens[i]);
            (clitics[i], stems[i]) = ArabicAffixes.StripProclitics(keys[i]);
            paths[i] = Clusters.Path(keys[i]);
            if (paths[i] == 0 && stems[i] != keys[i]) paths[i] = Clusters.Path(stems[i]);
            shapes[i] = Shape(tokens[i]);
        }
        var gazetteerMarks = GazetteerMarks(keys, stems);
        var memoryKeys = new string?[n];
        for (var i = 0; i < n; i++)
        {
            var bare = ArabicAffixes.WithoutArticle(stems[i]);
            memoryKeys[i] = bare.Length >= 2 && char.IsLetter(bare[0]) ? bare : null;
        }

        buffer.Clear();
        for (var i = 0; i < n; i++)
        {
            buffer.BeginPosition();
            buffer.Add(FeatureHash.Of(1, 0)); // bias
            var w = keys[i];
            buffer.Add(FeatureHash.Of(2, w));
            buffer.Add(FeatureHash.Of(3, Key(keys, i - 1)));
            buffer.Add(FeatureHash.Of(4, Key(keys, i + 1)));
            buffer.Add(FeatureHash.Of(5, Key(keys, i - 2)));
            buffer.Add(FeatureHash.Of(6, Key(keys, i + 2)));
            buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(7), Key(keys, i - 1)), w)));
            buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(8), w), Key(keys, i + 1))));
            var stem = stems[i];
            for (var k = 1; k <= 4 && k <= stem.Length; k++)
            {
                buffer.Add(FeatureHash.Of(10 + k, stem.AsSpan(0, k)));
                buffer.Add(FeatureHash.Of(15 + k, stem.AsSpan(stem.Length - k)));
            }
            buffer.Add(FeatureHash.Of(20, shapes[i]));
            buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(21),
                Shape(shapes, i - 1)), shapes[i]), Shape(shapes, i + 1))));
            buffer.Add(FeatureHash.Of(23, stem));
            buffer.Add(FeatureHash.Of(24, ArabicAffixes.WithoutArticle(stem)));
            buffer.Add(FeatureHash.Of(25, i > 0 ? stems[i - 1] : "<s>"));
            buffer.Add(FeatureHash.Of(26, i + 1 < n ? stems[i + 1] : "</s>"));
            buffer.Add(FeatureHash.Of(27, clitics[i]));
            buffer.Add(FeatureHash.Of(28, Math.Min(stem.Length, 10)));
            if (i == 0) buffer.Add(FeatureHash.Of(29, 0));
            for (var offset = -2; offset <= 2; offset++)
            {
                var j = i + offset;
                var path = j >= 0 && j < n ? paths[j] : 0u;
                for (var k = 0; k < ClusterLengths.Length; k++)
                {
                    if (offset is -2 or 2 && k > 1) break; // outer neighbours: coarse classes only
                    buffer.Add(FeatureHash.Of(30 + (offset + 2) * 4 + k, WordClusters.PrefixOf(path, ClusterLengths[k])));
                }
            }
            var unknownPath = paths[i] == 0;
            if (unknownPath) buffer.Add(FeatureHash.Of(52, shapes[i]));
            for (var offset = -1; offset <= 1; offset++)
            {
                var j = i + offset;
                if (j < 0 || j >= n) continue;
                foreach (var mark in gazetteerMarks[j])
                    buffer.Add(FeatureHash.Of(60 + offset + 1, mark));
            }
            if (gazetteerMarks[i].Count > 0)
                foreach (var mark in gazetteerMarks[i])
                    buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(64), mark), Key(keys, i - 1))));
        }
        return memoryKeys;
    }

    /// <summary>
    /// Second-stage features (Ratinov and Roth's two-stage prediction aggregation): the first stage's types
    /// at and around each token, and the types the first stage gave the same name elsewhere in the document
    /// (<paramref name="memory"/>, which already excludes this sentence). Copies <paramref name="first"/> and adds them.
    /// </summary>
    public static void AddContext(FeatureBuffer first, IReadOnlyList<string?> memoryKeys, IReadOnlyList<int> firstTypes,
        DocumentMemory memory, FeatureBuffer output)
    {
        output.Clear();
        var n = first.Length;
        Span<int> counts = stackalloc int[DocumentMemory.TypeCount];
        for (var i = 0; i < n; i++)
        {
            output.BeginPosition(first.CandidatesOf(i));
            foreach (var key in first.KeysOf(i)) output.Add(key);
            output.Add(FeatureHash.Of(70, firstTypes[i]));
            output.Add(FeatureHash.Of(71, i > 0 ? firstTypes[i - 1] : -1));
            output.Add(FeatureHash.Of(72, i + 1 < n ? firstTypes[i + 1] : -1));
            if (memoryKeys[i] is not { } key1) continue;
            memory.Counts(key1, counts);
            // Other occurrences inside this sentence count too, except this one.
            for (var j = 0; j < n; j++)
                if (j != i && memoryKeys[j] == key1) counts[firstTypes[j]]++;
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

    /// <summary>
    /// Per token, codes (category * 4 + 0 for B, 1 for I, 2 for single-token) of the longest gazetteer phrase
    /// of each category covering it. The first token of a phrase may match with its proclitics stripped.
    /// </summary>
    private List<int>[] GazetteerMarks(string[] keys, string[] stems)
    {
        var n = keys.Length;
        var marks = new List<int>[n];
        for (var i = 0; i < n; i++) marks[i] = [];
        var categories = Gazetteer.Categories.Count;
        var covered = new int[categories]; // end of the longest phrase of each category found so far
        for (var start = 0; start < n; start++)
        {
            for (var length = Math.Min(Gazetteer.MaxTokens, n - start); length >= 1; length--)
            {
                var mask = Gazetteer.Match(keys, start, length);
                if (stems[start] != keys[start]) mask |= Gazetteer.Match(keys, start, length, stems[start]);
                if (mask == 0) continue;
                for (var c = 0; c < categories; c++)
                {
                    if ((mask & (1 << c)) == 0 || covered[c] >= start + length) continue;
                    covered[c] = start + length;
                    for (var t = start; t < start + length; t++)
                        marks[t].Add(c * 4 + (length == 1 ? 2 : t == start ? 0 : 1));
                }
            }
        }
        return marks;
    }

    private static string Key(string[] keys, int i) => i < 0 ? "<s>" : i >= keys.Length ? "</s>" : keys[i];

    private static string Shape(string[] shapes, int i) => i < 0 ? "<s>" : i >= shapes.Length ? "</s>" : shapes[i];

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
