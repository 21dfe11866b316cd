using Hadath.Tagging;

namespace Hadath.Knowledge.Build;

/// <summary>
/// Compiles the knowledge base from the public sources under a data folder (../shared/data: gazetteers/ and
/// events/universalpetrarch-ar-dictionaries/) and the curated files of kb/. Order matters: curated entries come
/// before the dictionaries so that a dictionary actor who is already curated merges into the curated entry
/// (keeping its id, English name and roles) instead of becoming a duplicate.
/// </summary>
/// <example><code>
/// var kb = new KbBuilder("../shared/data", "kb").Build();
/// using var f = File.Create("kb/compiled/kb.bin.gz"); KbSerializer.Write(kb, f);
/// </code></example>
public sealed class KbBuilder
{
    private readonly string _data;
    private readonly string _curated;
    private readonly TextWriter _log;
    private readonly Dictionary<string, EntryDraft> _byId = new(StringComparer.Ordinal);
    private readonly List<EntryDraft> _order = [];

    /// <param name="dataDirectory">Folder holding gazetteers/ and events/ (../shared/data), or null to build from kb/ alone.</param>
    /// <param name="curatedDirectory">The kb/ folder with actors.tsv, places.tsv, roles.tsv, titles.tsv, demonyms.tsv.</param>
    /// <param name="log">Where progress lines go (null: nowhere).</param>
    public KbBuilder(string? dataDirectory, string curatedDirectory, TextWriter? log = null)
    {
        _data = dataDirectory ?? "";
        _curated = curatedDirectory;
        _log = log ?? TextWriter.Null;
    }

    /// <summary>Frequency (per million words of the news corpus) from which a word is a common word.</summary>
    public const int CommonWordPerMillion = 30;

    /// <summary>Frequency (per million words) from which a word's rate is stored in the artifact.</summary>
    public const int StoredWordPerMillion = 3;

    /// <summary>Counts of entries per origin after <see cref="Build"/>.</summary>
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads every source and returns the compiled knowledge base.</summary>
    public KnowledgeBase Build()
    {
        var gazetteers = Path.Combine(_data, "gazetteers");
        var dictionaries = Path.Combine(_data, "events", "universalpetrarch-ar-dictionaries");
        var haveData = _data.Length > 0 && Directory.Exists(gazetteers);
        var iso2 = new Dictionary<string, string>(StringComparer.Ordinal);
        Dictionary<string, string> translit = new(StringComparer.Ordinal);
        HashSet<string> personWords = new(StringComparer.Ordinal);
        var frequency = WordFrequency.Empty;
        if (haveData)
        {
            AddAll(CountrySource.Read(gazetteers, iso2), "countries");
            var corpus = Path.Combine(_data, "news", "ant-multisource.jsonl");
            frequency = File.Exists(corpus) ? WordFrequency.FromJsonl(corpus) : WordFrequency.Empty;
            _log.WriteLine($"word frequencies: {frequency.Total:N0} words of {corpus}");
            AddAll(ProvinceSource.Read(gazetteers, frequency), "provinces");
            AddAll(GeoNamesSource.Read(gazetteers, iso2, frequency), "GeoNames places");
            (translit, personWords) = AnetacSource.Read(gazetteers);
            foreach (var word in File.ReadLines(Path.Combine(gazetteers, "anergazet", "ANERGazet_Pers.txt")))
                if (NameKeys.Exact(word) is { Length: > 1 } key && !key.Contains(' ')) personWords.Add(key);
        }
        AddAll(CuratedSource.ApplyPlaces(_curated, _byId, haveData), "curated places");
        AddAll(CuratedSource.ReadActors(_curated), "curated actors");
        CuratedSource.ApplyRoles(_curated, _byId);
        var taken = new HashSet<string>(_order.Where(d => d.Type != EntityType.LOC).SelectMany(d => d.NamesAr)
            .Select(n => NameKeys.Loose(NameKeys.Exact(n.Text))), StringComparer.Ordinal);
        AddAll(MinistrySource.Read(_curated, _byId, taken), "ministries");
        var merger = new ActorMerger(_order, translit, personWords);
        if (haveData)
        {
            AddAll(merger.AddCountryInfo(CountryInfoSource.Read(gazetteers)), "CountryInfo leaders");
            var countries = new HashSet<string>(iso2.Values, StringComparer.Ordinal);
            AddAll(merger.AddCameoActors(CameoActorSource.Read(dictionaries, countries.Contains)), "CAMEO actors");
        }
        PartialNames.Add(_order);
        // Compared by loose key, so "العبر" goes with "عبر": the scanner's loose tier would match one by the other.
        var stop = CuratedSource.ReadStopNames(_curated).Select(NameKeys.Loose).ToHashSet(StringComparer.Ordinal);
        foreach (var d in _order.Where(d => d.Origin != "curated"))
            foreach (var n in d.NamesAr.Where(n => n.Use != NameUse.LookupOnly && stop.Contains(NameKeys.Loose(NameKeys.Exact(n.Text)))).ToList())
                d.SetArabicUse(n.Text, NameUse.LookupOnly);
        foreach (var d in _order) Counts[d.Origin] = Counts.GetValueOrDefault(d.Origin) + 1;
        return new KnowledgeBase(_order.Select(d => d.Freeze()).ToList(), CuratedSource.ReadTitles(_curated),
            CuratedSource.ReadDemonyms(_curated), translit, frequency.Frequent(StoredWordPerMillion));
    }

    private void AddAll(List<EntryDraft> drafts, string what)
    {
        foreach (var d in drafts)
        {
            if (!_byId.TryAdd(d.Id, d)) throw new FormatException($"Duplicate knowledge-base id '{d.Id}' ({what}).");
            _order.Add(d);
        }
        _log.WriteLine($"{what}: {drafts.Count:N0} entries");
    }
}
