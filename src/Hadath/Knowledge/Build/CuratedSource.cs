using System.Globalization;
using Hadath.Tagging;

namespace Hadath.Knowledge.Build;

/// <summary>
/// The hand-kept files of kb/ (see kb/README.md): actors.tsv, places.tsv, roles.tsv, titles.tsv, demonyms.tsv.
/// Name cells hold ';'-separated names; a leading '~' marks a partial name (<see cref="NameUse.Partial"/>), a
/// leading '?' a lookup-only one.
/// </summary>
internal static class CuratedSource
{
    /// <summary>New entries from actors.tsv.</summary>
    public static List<EntryDraft> ReadActors(string dir)
    {
        var drafts = new List<EntryDraft>();
        foreach (var row in TsvFile.Read(Path.Combine(dir, "actors.tsv")))
        {
            var d = new EntryDraft
            {
                Id = row.Required("id"), Type = ParseType(row), NameEn = row.Required("name_en"), Origin = "curated",
                Country = row["country"], Sector = row["sector"], Qid = row["qid"],
            };
            ApplyNames(d, row);
            drafts.Add(d);
        }
        return drafts;
    }

    /// <summary>
    /// Applies places.tsv: a row whose id exists (gn:…, adm1:…, country:…) corrects that entry (English name,
    /// extra names, names to drop); any other id makes a new place.
    /// </summary>
    /// <param name="sourcesLoaded">False when building from kb/ alone: corrections then have nothing to correct and are skipped.</param>
    public static List<EntryDraft> ApplyPlaces(string dir, IReadOnlyDictionary<string, EntryDraft> existing, bool sourcesLoaded)
    {
        var added = new List<EntryDraft>();
        foreach (var row in TsvFile.Read(Path.Combine(dir, "places.tsv")))
        {
            var id = row.Required("id");
            if (existing.TryGetValue(id, out var d))
            {
                if (row["name_en"] is { } name)
                {
                    var old = d.NameEn;
                    d.NameEn = name;
                    d.AddEnglish(old);
                }
                if (row["qid"] is { } qid) d.Qid = qid;
            }
            else if (id.StartsWith("gn:", StringComparison.Ordinal) || id.StartsWith("adm1:", StringComparison.Ordinal)
                     || id.StartsWith("country:", StringComparison.Ordinal))
            {
                if (!sourcesLoaded) continue;
                throw row.Error($"'{id}' is not in the sources; a correction needs an existing id (new places take an hd: id)");
            }
            else
            {
                var feature = row["feature"] ?? "L/AREA";
                d = new EntryDraft
                {
                    Id = id, Type = EntityType.LOC, NameEn = row.Required("name_en"), Country = row["country"], Qid = row["qid"], Origin = "curated",
                    Place = new KbPlace(0, Number(row, "lat"), Number(row, "lon"), feature[0], feature.Length > 2 ? feature[2..] : "",
                        null, (long)Number(row, "population")),
                };
                added.Add(d);
            }
            foreach (var drop in row.List("drop_ar")) d.RemoveArabic(drop);
            ApplyNames(d, row);
        }
        return added;
    }

    /// <summary>Adds roles.tsv rows to their entries.</summary>
    public static void ApplyRoles(string dir, IReadOnlyDictionary<string, EntryDraft> entries)
    {
        foreach (var row in TsvFile.Read(Path.Combine(dir, "roles.tsv")))
        {
            var id = row.Required("id");
            if (!entries.TryGetValue(id, out var d)) throw row.Error($"no entry '{id}' (ids are in actors.tsv)");
            d.Roles.Add(new KbRole(row["role"], row["country"] ?? d.Country, row["sector"] ?? d.Sector,
                TsvFile.Date(row, "from", isEnd: false), TsvFile.Date(row, "to", isEnd: true)));
        }
    }

    /// <summary>stopnames.tsv: exact keys of words that are never scanned as gazetteer names (places, provinces, countries).</summary>
    public static HashSet<string> ReadStopNames(string dir) =>
        TsvFile.Read(Path.Combine(dir, "stopnames.tsv")).Select(r => NameKeys.Exact(r.Required("word_ar"))).ToHashSet(StringComparer.Ordinal);

    /// <summary>titles.tsv: exact key of each Arabic title → role key.</summary>
    public static Dictionary<string, string> ReadTitles(string dir) =>
        ReadPairs(Path.Combine(dir, "titles.tsv"), "title_ar", "role", (title, role) => [(NameKeys.Exact(title), role)]);

    /// <summary>demonyms.tsv: exact key of each masculine singular adjective (article removed) → ISO3.</summary>
    public static Dictionary<string, string> ReadDemonyms(string dir) =>
        ReadPairs(Path.Combine(dir, "demonyms.tsv"), "demonyms_ar", "country",
            (list, iso) => list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(a => (NameKeys.StripArticle(NameKeys.Exact(a)), iso)));

    private static Dictionary<string, string> ReadPairs(string path, string keyColumn, string valueColumn,
        Func<string, string, IEnumerable<(string, string)>> expand)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(path))
            foreach (var (k, v) in expand(row.Required(keyColumn), row.Required(valueColumn)))
                if (!map.TryAdd(k, v) && map[k] != v)
                    throw row.Error($"'{row[keyColumn]}' is already mapped to '{map[k]}'");
        return map;
    }

    private static void ApplyNames(EntryDraft d, TsvFile.Row row)
    {
        foreach (var n in row.List("names_ar")) d.AddArabic(Strip(n, out var use), use);
        foreach (var n in row.List("aliases_en")) d.AddEnglish(Strip(n, out var use), use);
    }

    private static string Strip(string name, out NameUse use)
    {
        use = name[0] switch { '~' => NameUse.Partial, '?' => NameUse.LookupOnly, _ => NameUse.Full };
        return use == NameUse.Full ? name : name[1..];
    }

    private static EntityType ParseType(TsvFile.Row row) =>
        Enum.TryParse<EntityType>(row.Required("type"), out var t) && t is EntityType.PER or EntityType.ORG or EntityType.GRP or EntityType.LOC
            ? t : throw row.Error($"type '{row["type"]}' is not PER, ORG, GRP or LOC");

    private static double Number(TsvFile.Row row, string column) =>
        row[column] is not { } v ? 0
        : double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x
        : throw row.Error($"'{v}' in column '{column}' is not a number");
}
