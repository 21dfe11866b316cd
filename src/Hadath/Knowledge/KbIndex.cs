namespace Hadath.Knowledge;

/// <summary>
/// Key → entries maps for the three tiers of <see cref="NameKeys"/>, plus the set of word-prefixes of multi-word keys
/// so a longest-match scan stops extending as soon as no name can continue.
/// </summary>
internal sealed class KbIndex
{
    private readonly Dictionary<string, KbHit[]>[] _maps = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly HashSet<string>[] _prefixes = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>Shortest skeleton indexed: shorter ones (سد, شر) collide with too many words and names.</summary>
    public const int MinSkeletonLength = 4;

    public KbIndex(IReadOnlyList<KbEntry> entries)
    {
        var build = new Dictionary<string, List<KbHit>>[] { new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal) };
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            foreach (var name in entry.NamesAr)
                AddName(build, e, name, SkeletonFor(entry, arabic: true));
            foreach (var name in entry.AliasesEn)
                AddName(build, e, name, SkeletonFor(entry, arabic: false));
            // The canonical English name is a name too (Latin mentions: "Sweida", "Axios").
            AddName(build, e, new KbName(entry.NameEn, NameUse.Full), SkeletonFor(entry, arabic: false));
        }
        for (var t = 0; t < 3; t++)
            foreach (var (key, hits) in build[t])
                _maps[t][key] = Dedupe(hits);
    }

    /// <summary>Hits for <paramref name="key"/> in <paramref name="tier"/>, or an empty array.</summary>
    public KbHit[] Get(MatchTier tier, string key) => _maps[(int)tier].TryGetValue(key, out var hits) ? hits : [];

    /// <summary>True when some multi-word key of <paramref name="tier"/> starts with the words of <paramref name="prefix"/>.</summary>
    public bool HasPrefix(MatchTier tier, string prefix) => _prefixes[(int)tier].Contains(prefix);

    /// <summary>Number of distinct keys per tier.</summary>
    public int Count(MatchTier tier) => _maps[(int)tier].Count;

    /// <summary>
    /// Which names get a skeleton key: transliteration drift is a property of person names (آساد/أسعد, الشارا/الشرع)
    /// and of the curated actors; the skeletons of 20,000 gazetteer places and English-only dictionary persons
    /// collide with everyday phrases ("من قبل", "قرب صنعاء"), so those are matched exactly or loosely only.
    /// </summary>
    private static bool SkeletonFor(KbEntry entry, bool arabic) =>
        entry.Origin == "curated" ? arabic || entry.Type == Hadath.Tagging.EntityType.PER
        : arabic && entry.Type == Hadath.Tagging.EntityType.PER;

    private void AddName(Dictionary<string, List<KbHit>>[] build, int entry, KbName name, bool skeletonKey)
    {
        var exact = NameKeys.Exact(name.Text);
        if (exact.Length == 0) return;
        Add(build, MatchTier.Exact, exact, entry, name.Use);
        var words = exact.Split(' ');
        AddPrefixes(MatchTier.Exact, words, w => string.Join(' ', w));
        Add(build, MatchTier.Loose, NameKeys.Loose(words), entry, name.Use);
        AddPrefixes(MatchTier.Loose, words, w => NameKeys.Loose(w));
        if (!skeletonKey) return;
        var skeleton = NameKeys.Skeleton(words);
        if (skeleton.Length >= MinSkeletonLength)
        {
            Add(build, MatchTier.Skeleton, skeleton, entry, name.Use);
            AddPrefixes(MatchTier.Skeleton, words, w => NameKeys.Skeleton(w));
        }
    }

    private void AddPrefixes(MatchTier tier, string[] words, Func<string[], string> key)
    {
        for (var n = 1; n < words.Length; n++)
            _prefixes[(int)tier].Add(key(words[..n]));
    }

    private static void Add(Dictionary<string, List<KbHit>>[] build, MatchTier tier, string key, int entry, NameUse use)
    {
        if (key.Length == 0) return;
        if (!build[(int)tier].TryGetValue(key, out var list)) build[(int)tier][key] = list = [];
        list.Add(new KbHit(entry, use, tier));
    }

    // One hit per entry, keeping the most permissive use (Full over Partial over LookupOnly). Lists are short
    // (one or two hits for almost every key), so a linear scan beats a dictionary per key.
    private static KbHit[] Dedupe(List<KbHit> hits)
    {
        if (hits.Count == 1) return [hits[0]];
        var result = new List<KbHit>(hits.Count);
        foreach (var h in hits)
        {
            var i = result.FindIndex(r => r.Entry == h.Entry);
            if (i < 0) result.Add(h);
            else if (h.Use < result[i].Use) result[i] = h;
        }
        return [.. result];
    }
}
