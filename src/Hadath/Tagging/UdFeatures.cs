using Hadath.Text;

namespace Hadath.Tagging;

/// <summary>
/// Feature templates of the PADT segmenter (one position per token) and part-of-speech tagger (one position
/// per word). Segmentation evidence is mostly "is what remains after removing this clitic a known word?",
/// answered by the cluster vocabulary (words seen at least five times in the news corpus).
/// </summary>
internal sealed class UdFeatures(WordClusters clusters)
{
    private static readonly string[] ProcliticStrings =
        ["\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0633", "\u0648\u0628", "\u0648\u0644", "\u0648\u0643", "\u0648\u0633",
         "\u0641\u0628", "\u0641\u0644", "\u0641\u0633", "\u0623"];
    private static readonly string[] EncliticStrings =
        ["\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646", "\u0643", "\u0643\u0645", "\u0643\u0645\u0627", "\u064A", "\u0646\u064A", "\u0646\u0627"];

    public WordClusters Clusters { get; } = clusters;

    /// <summary>Surface form the segmenter splits: harakat and tatweel removed, letters otherwise as written.</summary>
    public static string Surface(string token)
    {
        var s = ArabicNormalizer.NormalizeKey(token, NormalizationRules.Harakat | NormalizationRules.Tatweel | NormalizationRules.BidiAndZeroWidth);
        return s.Length == 0 ? token : s;
    }

    /// <summary>One position per token; <paramref name="candidates"/> gives each token's allowed labels.</summary>
    public void ExtractTokens(IReadOnlyList<string> surfaces, IReadOnlyList<int[]> candidates, FeatureBuffer buffer)
    {
        var n = surfaces.Count;
        var keys = new string[n];
        for (var i = 0; i < n; i++) keys[i] = TokenForms.Key(surfaces[i]);
        buffer.Clear();
        for (var i = 0; i < n; i++)
        {
            buffer.BeginPosition(candidates[i]);
            var s = surfaces[i];
            var k = keys[i];
            buffer.Add(FeatureHash.Of(1, 0));
            buffer.Add(FeatureHash.Of(2, k));
            buffer.Add(FeatureHash.Of(3, i > 0 ? keys[i - 1] : "<s>"));
            buffer.Add(FeatureHash.Of(4, i + 1 < n ? keys[i + 1] : "</s>"));
            for (var len = 1; len <= 4 && len < s.Length; len++)
            {
                buffer.Add(FeatureHash.Of(5 + len, s.AsSpan(0, len)));
                buffer.Add(FeatureHash.Of(10 + len, s.AsSpan(s.Length - len)));
            }
            buffer.Add(FeatureHash.Of(15, Math.Min(s.Length, 12)));
            var known = Clusters.LogCount(k);
            buffer.Add(FeatureHash.Of(16, known));
            var path = Clusters.Path(k);
            buffer.Add(FeatureHash.Of(17, WordClusters.PrefixOf(path, 6)));
            buffer.Add(FeatureHash.Of(18, WordClusters.PrefixOf(path, 12)));
            foreach (var p in ProcliticStrings)
            {
                if (s.Length - p.Length < 2 || !s.StartsWith(p, StringComparison.Ordinal)) continue;
                var rest = TokenForms.Key(s[p.Length..]);
                if (p[^1] == '\u0644' && rest[0] == '\u0644' && Clusters.Path(rest) == 0) rest = '\u0627' + rest;
                var restPath = Clusters.Path(rest);
                buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(20), p), Clusters.LogCount(rest) * 64 + known)));
                buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(23), p), Math.Sign(Clusters.LogCount(rest) - known))));
                buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(21), p), WordClusters.PrefixOf(restPath, 6))));
                buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(22), p), rest)));
            }
            foreach (var e in EncliticStrings)
            {
                if (s.Length - e.Length < 2 || !s.EndsWith(e, StringComparison.Ordinal)) continue;
                var rest = s[..^e.Length];
                var restKey = TokenForms.Key(rest);
                if (rest[^1] == '\u062A' && Clusters.Path(restKey) == 0) restKey = TokenForms.Key(rest[..^1] + '\u0629');
                var restPath = Clusters.Path(restKey);
                buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(25), e), Clusters.LogCount(restKey) * 64 + known)));
                buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(24), e), Math.Sign(Clusters.LogCount(restKey) - known))));
                buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(26), e), WordClusters.PrefixOf(restPath, 6))));
                buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(27), e), TokenForms.Key(rest))));
            }
        }
    }

    /// <summary>One position per word: forms, role inside the token, neighbours, affixes, clusters.</summary>
    public void ExtractWords(IReadOnlyList<string> forms, IReadOnlyList<WordRole> roles, IReadOnlyList<string> tokenKeys,
        FeatureBuffer buffer)
    {
        var n = forms.Count;
        var keys = new string[n];
        var paths = new uint[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = TokenForms.Key(forms[i]);
            paths[i] = Clusters.Path(keys[i]);
        }
        buffer.Clear();
        for (var i = 0; i < n; i++)
        {
            buffer.BeginPosition();
            var f = forms[i];
            var k = keys[i];
            buffer.Add(FeatureHash.Of(1, 0));
            buffer.Add(FeatureHash.Of(2, k));
            buffer.Add(FeatureHash.Of(3, (int)roles[i]));
            buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(4), (int)roles[i]), k)));
            buffer.Add(FeatureHash.Of(5, tokenKeys[i]));
            buffer.Add(FeatureHash.Of(6, Key(keys, i - 1)));
            buffer.Add(FeatureHash.Of(7, Key(keys, i + 1)));
            buffer.Add(FeatureHash.Of(8, Key(keys, i - 2)));
            buffer.Add(FeatureHash.Of(9, Key(keys, i + 2)));
            buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(10), Key(keys, i - 1)), k)));
            for (var len = 1; len <= 4 && len < f.Length; len++)
            {
                buffer.Add(FeatureHash.Of(10 + len, f.AsSpan(0, len)));
                buffer.Add(FeatureHash.Of(15 + len, f.AsSpan(f.Length - len)));
            }
            buffer.Add(FeatureHash.Of(20, NerFeatures.Shape(f)));
            for (var c = 0; c < 4; c++) buffer.Add(FeatureHash.Of(21 + c, WordClusters.PrefixOf(paths[i], 4 + 4 * c)));
            buffer.Add(FeatureHash.Of(25, WordClusters.PrefixOf(i > 0 ? paths[i - 1] : 0, 8)));
            buffer.Add(FeatureHash.Of(26, WordClusters.PrefixOf(i + 1 < n ? paths[i + 1] : 0, 8)));
            buffer.Add(FeatureHash.Of(27, WordClusters.PrefixOf(Clusters.Path(tokenKeys[i]), 12)));
            if (paths[i] == 0) buffer.Add(FeatureHash.Of(28, NerFeatures.Shape(f)));
            buffer.Add(FeatureHash.Of(29, Clusters.LogCount(keys[i])));
            // Agreement cues: an adjective repeats its noun's article and ending (الحكومة الجديدة).
            var previous = i > 0 ? keys[i - 1] : "<s>";
            var next = i + 1 < n ? keys[i + 1] : "</s>";
            buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(30), Edge(previous, 2, true)), Edge(k, 2, true))));
            buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(31), Edge(previous, 1, false)), Edge(k, 1, false))));
            buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(32), Edge(k, 2, true)), Edge(next, 2, true))));
            buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(33), (int)roles[i]), WordClusters.PrefixOf(paths[i], 8))));
        }
    }

    private static ReadOnlySpan<char> Edge(string word, int length, bool start) =>
        word.Length <= length ? word : start ? word.AsSpan(0, length) : word.AsSpan(word.Length - length);

    private static string Key(string[] keys, int i) => i < 0 ? "<s>" : i >= keys.Length ? "</s>" : keys[i];
}
