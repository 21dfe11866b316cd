using System.Globalization;
using Hadath.Tagging;

namespace Hadath.Knowledge.Build;

/// <summary>
/// Populated places from GeoNames cities500 (alternate names in every script) and the Arabic preferred names of
/// libgeonames. Kept: every place with an Arabic name, and places of at least <see cref="MinPopulation"/> without
/// one (an Arabic text can name those only in Latin script, and only big places get named that way). The other
/// ~170,000 villages without an Arabic name could never match Arabic text and would triple the artifact.
/// </summary>
internal static class GeoNamesSource
{
    /// <summary>Population from which a place without an Arabic name is kept.</summary>
    public const long MinPopulation = 100_000;

    /// <summary>Most Latin alternate names kept per place.</summary>
    private const int MaxLatinNames = 8;

    // The region Arabic news covers most: Latin alternate names are kept for all its places, not just big ones,
    // and its Arabic place names are native rather than transliterated.
    internal static readonly HashSet<string> Region = new(ArabicNames.ArabStates, StringComparer.Ordinal)
    {
        "IRN", "ISR", "TUR",
    };

    public static List<EntryDraft> Read(string gazetteers, IReadOnlyDictionary<string, string> iso2ToIso3, WordFrequency frequency)
    {
        var dir = Path.Combine(gazetteers, "geonames-cities500");
        var preferred = new Dictionary<int, string>();
        foreach (var line in File.ReadLines(Path.Combine(dir, "geonames_ar_preferred_names_libgeonames.tsv")).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length > 1 && int.TryParse(c[0], out var id) && ArabicNames.IsArabic(c[1])) preferred[id] = c[1];
        }
        var drafts = new List<EntryDraft>();
        foreach (var line in File.ReadLines(Path.Combine(dir, "cities500.txt")))
        {
            var c = line.Split('\t');
            if (c.Length < 15 || !int.TryParse(c[0], out var id)) continue;
            if (!iso2ToIso3.TryGetValue(c[8], out var iso3)) continue;
            var population = long.TryParse(c[14], out var p) ? p : 0;
            var alternates = c[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // "محافظة إدلب" among a city's names is its province's name, not the city's: the province has its own entry.
            var arabic = alternates.Where(a => ArabicNames.IsArabic(a) && !a.StartsWith(Governorate, StringComparison.Ordinal)).ToList();
            if (preferred.TryGetValue(id, out var pref)) arabic.Insert(0, pref);
            if (arabic.Count == 0 && population < MinPopulation) continue;
            var d = new EntryDraft
            {
                Id = "gn:" + id, Type = EntityType.LOC, NameEn = c[2].Replace('`', '\''), Country = iso3, Origin = "geonames",
                Place = new KbPlace(id, Parse(c[4]), Parse(c[5]), c[6].Length > 0 ? c[6][0] : 'P', c[7], c[10], population),
            };
            foreach (var name in arabic) d.AddArabic(name, ScannerUse(name, population, c[7], iso3, frequency));
            d.AddEnglish(c[1]);
            if (population >= MinPopulation || Region.Contains(iso3))
                foreach (var alt in alternates.Where(IsLatinName).Take(MaxLatinNames)) d.AddEnglish(alt);
            drafts.Add(d);
        }
        return drafts;
    }

    private const string Governorate = "\u0645\u062D\u0627\u0641\u0638\u0629 "; // "محافظة "

    /// <summary>
    /// Whether the text scanner may use a place's one-word Arabic name. A name that news text also uses as a common
    /// noun shows it by taking the article: both "هوية" and "الهوية", "مصدر" and "المصدر" are frequent, while
    /// "إدلب", "عفرين" or "أتلانتا" never take it; such names go unless the place is big. A frequent word that never
    /// takes the article is a particle ("حول", "عبر", "دون"): it goes unless the place is a regional capital (in the
    /// region Arabic news covers, where names are native and frequency means fame) or big (elsewhere, where the
    /// Arabic name is a transliteration). kb/stopnames.tsv removes what these rules miss.
    /// </summary>
    internal static NameUse ScannerUse(string name, long population, string featureCode, string iso3, WordFrequency frequency)
    {
        var words = NameKeys.Exact(name).Split(' ');
        if (words.Length == 1)
        {
            var bare = NameKeys.StripArticle(words[0]);
            if (bare.Length < 3) return NameUse.LookupOnly;
            double plain = frequency.PerMillion(bare), withArticle = frequency.PerMillion("\u0627\u0644" + bare);
            var total = plain + withArticle;
            var commonNoun = total >= 5 && Math.Min(plain, withArticle) >= 0.05 * total;
            var region = Region.Contains(iso3);
            var seat = featureCode is "PPLC" or "PPLA" or "ADM1";
            bool usable;
            if (commonNoun) usable = population >= 1_000_000 || region && featureCode is "PPLC" or "ADM1";
            // Villages (and districts without population) that share a one-word name with a common word, a given
            // name or a phrase are far more often that word: only towns of some size, or seats, are scanned for.
            // District seats often have no population in GeoNames (Qamishli, Hays): those count when the word is rare.
            else if (region) usable = (population >= 25_000 || seat || featureCode == "PPLA2" && (population >= 10_000 || population == 0 && total < 30))
                                      && (total < 300 || seat || population >= 50_000);
            else usable = (population >= 100_000 || featureCode == "PPLC") && (total < 100 || population >= 1_000_000 && total < 1000);
            return usable ? NameUse.Full : NameUse.LookupOnly;
        }
        // A small place named by common words only ("بين الجبلين") reads as a phrase far more often than as the place.
        return population < 100_000 && words.All(w => frequency.PerMillion(w) >= 200) ? NameUse.LookupOnly : NameUse.Full;
    }

    // A Latin alternate name worth keeping: capitalised word(s), not an all-capitals code (IATA "DAM"), not a
    // lower-case romanisation ("alswyda"), not too long to be a name.
    private static bool IsLatinName(string s) =>
        s.Length is >= 3 and <= 40 && char.IsAsciiLetterUpper(s[0]) && s.Any(char.IsAsciiLetterLower)
        && s.All(ch => LatinFold.IsLatinLetter(ch) || ch is ' ' or '-' or '\'' || LatinFold.IsWordInternalMark(ch));

    private static double Parse(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
