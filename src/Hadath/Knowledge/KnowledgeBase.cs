using Hadath.Text;

namespace Hadath.Knowledge;

/// <summary>
/// The actors and places Hadath links mentions to, with the tables that resolve descriptions: Arabic titles
/// ("وزير الخارجية" → foreign-minister), demonyms ("سوري" → SYR) and word transliterations (for English names of
/// NIL entities). Built by <see cref="Build.KbBuilder"/>, stored by <see cref="KbSerializer"/> in kb/compiled/kb.bin.gz.
/// </summary>
/// <example><code>
/// var kb = KnowledgeBase.LoadDefault();
/// foreach (var hit in kb.Lookup("سويدا")) Console.WriteLine(kb.Entries[hit.Entry].NameEn); // Suwayda
/// </code></example>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countryByIso3 = new(StringComparer.Ordinal);
    private readonly KbIndex _index;

    public KnowledgeBase(IReadOnlyList<KbEntry> entries, IReadOnlyDictionary<string, string> titles,
        IReadOnlyDictionary<string, string> demonyms, IReadOnlyDictionary<string, string> transliterations,
        IReadOnlyDictionary<string, int>? commonWords = null)
    {
        CommonWordFrequency = commonWords ?? new Dictionary<string, int>(StringComparer.Ordinal);
        CommonWords = CommonWordFrequency.Where(p => p.Value >= Build.KbBuilder.CommonWordPerMillion).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Entries = entries;
        Titles = titles;
        Demonyms = demonyms;
        Transliterations = transliterations;
        for (var i = 0; i < entries.Count; i++)
        {
            if (!_byId.TryAdd(entries[i].Id, i))
                throw new ArgumentException($"Duplicate knowledge-base id '{entries[i].Id}'.", nameof(entries));
            if (entries[i].Origin == "country" && entries[i].Country is { } iso) _countryByIso3[iso] = i;
        }
        _index = new KbIndex(entries);
    }

    public IReadOnlyList<KbEntry> Entries { get; }

    /// <summary>Exact key of an Arabic title phrase → role key ("وزير الخارجيه" → "foreign-minister").</summary>
    public IReadOnlyDictionary<string, string> Titles { get; }

    /// <summary>Exact key of a masculine singular demonym, article removed → ISO3 ("سوري" → "SYR").</summary>
    public IReadOnlyDictionary<string, string> Demonyms { get; }

    /// <summary>Exact key of an Arabic name word → its usual English spelling ("بشار" → "Bashar").</summary>
    public IReadOnlyDictionary<string, string> Transliterations { get; }

    /// <summary>
    /// Exact keys of words frequent in news text (at least <see cref="Build.KbBuilder.CommonWordPerMillion"/> per
    /// million words): a skeleton match may not rest on them ("الفرنسية باريس" is no "فرانس برس").
    /// </summary>
    public IReadOnlySet<string> CommonWords { get; }

    /// <summary>
    /// Occurrences per million words of news text (rounded), for words seen at least
    /// <see cref="Build.KbBuilder.StoredWordPerMillion"/> times per million; absent words are rarer.
    /// </summary>
    public IReadOnlyDictionary<string, int> CommonWordFrequency { get; }

    internal KbIndex Index => _index;

    /// <summary>Number of distinct lookup keys in <paramref name="tier"/>.</summary>
    public int KeyCount(MatchTier tier) => _index.Count(tier);

    /// <summary>The entry with id <paramref name="id"/>, or null.</summary>
    public KbEntry? Get(string id) => _byId.TryGetValue(id, out var i) ? Entries[i] : null;

    /// <summary>Index of the entry with id <paramref name="id"/> in <see cref="Entries"/>, or -1.</summary>
    public int IndexOf(string id) => _byId.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The country entry of ISO3 code <paramref name="iso3"/>, or null.</summary>
    public KbEntry? Country(string iso3) => _countryByIso3.TryGetValue(iso3, out var i) ? Entries[i] : null;

    /// <summary>
    /// Entries named <paramref name="name"/> (Arabic or Latin), in the strictest tier that has any: exact, then loose,
    /// then skeleton. Proclitics are not stripped here: give the name as a name.
    /// </summary>
    public IReadOnlyList<KbHit> Lookup(string name)
    {
        var words = NameKeys.Words(ArabicNormalizer.NormalizeKey(name)).Select(w => w.Text).ToArray();
        if (words.Length == 0) return [];
        var hits = _index.Get(MatchTier.Exact, string.Join(' ', words));
        if (hits.Length == 0) hits = _index.Get(MatchTier.Loose, NameKeys.Loose(words));
        if (hits.Length == 0)
        {
            var skeleton = NameKeys.Skeleton(words);
            if (skeleton.Length >= KbIndex.MinSkeletonLength) hits = _index.Get(MatchTier.Skeleton, skeleton);
        }
        return hits;
    }

    /// <summary>ISO3 of a demonym or country adjective in any inflection ("الإسرائيلية", "السوريين"), or null.</summary>
    public string? DemonymCountry(string word)
    {
        var key = NameKeys.StripArticle(NameKeys.Exact(word));
        if (key.Length < 3) return null;
        if (Demonyms.TryGetValue(key, out var iso)) return iso;
        // Feminine ة (normalised to ه), sound plurals ون/ين, feminine plural ات.
        foreach (var suffix in (ReadOnlySpan<string>)["\u0647", "\u0648\u0646", "\u064A\u0646", "\u0627\u062A"])
            if (key.EndsWith(suffix, StringComparison.Ordinal) && Demonyms.TryGetValue(key[..^suffix.Length], out iso))
                return iso;
        return null;
    }

    /// <summary>Loads a compiled knowledge base (gzip'd <see cref="KbSerializer"/> format).</summary>
    public static KnowledgeBase Load(string path)
    {
        using var stream = File.OpenRead(path);
        try { return KbSerializer.Read(stream); }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: not a Hadath knowledge base ({e.Message}); rebuild it with 'hadath kb build'.", e);
        }
    }

    /// <summary>
    /// Loads the default artifact: $HADATH_KB if set, else kb/compiled/kb.bin.gz in the current directory, the
    /// application directory or a parent of either (so tests and the CLI find the repository's copy).
    /// </summary>
    public static KnowledgeBase LoadDefault() => Load(DefaultPath() ?? throw new FileNotFoundException(
        "No knowledge base found: set HADATH_KB or run from the repository (kb/compiled/kb.bin.gz); 'hadath kb build' makes one."));

    /// <summary>Path of the default artifact (see <see cref="LoadDefault"/>), or null when none is found.</summary>
    public static string? DefaultPath()
    {
        if (Environment.GetEnvironmentVariable("HADATH_KB") is { Length: > 0 } env) return env;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "kb", "compiled", "kb.bin.gz");
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
