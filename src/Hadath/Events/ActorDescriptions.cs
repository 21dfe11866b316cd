using Hadath.Text;

namespace Hadath.Events;

/// <summary>A description of an unnamed actor: "forces", "officials", with its PLOVER sector.</summary>
/// <param name="QuotesOnly">A noun read only when looking for speakers ("الوزراء" the ministers): as an event party it
/// would hide the named body it belongs to ("وزراء خارجية مجموعة السبع" acts as the G7).</param>
public sealed record SectorNoun(string? Sector, string Description, bool QuotesOnly = false);

/// <summary>
/// Vocabulary for actors a text describes instead of naming: sector nouns (<c>Events/Data/sector-nouns.tsv</c>)
/// and nationality adjectives (<c>Events/Data/demonyms.tsv</c>), so "القوات الإسرائيلية" becomes Israeli forces (ISR, MIL).
/// </summary>
public static class ActorDescriptions
{
    /// <summary>Sector nouns and noun phrases.</summary>
    public static PhraseLexicon<SectorNoun> SectorNouns { get; } = LoadSectorNouns();

    private static readonly Dictionary<string, string> Demonyms = LoadDemonyms();

    private static readonly Dictionary<string, string> Adjectives = LoadAdjectives();

    /// <summary>The ISO3 country of a nationality adjective in any of its forms ("الإسرائيلية", "سوريون"), or null.</summary>
    public static string? CountryOfDemonym(string normalizedWord) =>
        CliticVariants.TryLookup(normalizedWord, Demonyms, out _, out var iso3) && iso3.Length == 3 ? iso3 : null;

    /// <summary>True when the word is a nationality adjective, even one without a single country ("الكردية").</summary>
    public static bool IsDemonym(string normalizedWord) => CliticVariants.TryLookup(normalizedWord, Demonyms, out _, out _);

    /// <summary>The English adjective of a country ("USA" = "US", "YEM" = "Yemeni"), or null when the table has none.</summary>
    public static string? EnglishAdjective(string iso3) => Adjectives.GetValueOrDefault(iso3);

    /// <summary>
    /// An English name for a description, the way a reader would write it: "مصادر ميدانية يمنية" = "Yemeni field sources".
    /// Without a known adjective the country goes in brackets ("officials (XYZ)").
    /// </summary>
    public static string Describe(string description, string? iso3) =>
        iso3 is null ? description : EnglishAdjective(iso3) is { } adjective ? $"{adjective} {description}" : $"{description} ({iso3})";

    private static Dictionary<string, string> LoadAdjectives()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadTsv("demonyms.tsv"))
            if (row[1].Length == 3 && row[2].Length > 0)
                table.TryAdd(row[1], row[2]);
        return table;
    }

    private static PhraseLexicon<SectorNoun> LoadSectorNouns()
    {
        var lexicon = new PhraseLexicon<SectorNoun>();
        foreach (var row in EmbeddedData.ReadTsv("sector-nouns.tsv"))
            lexicon.Add(row[0], new SectorNoun(row[1] == "-" ? null : row[1], row[2], row[3] == "quotes"));
        return lexicon;
    }

    private static Dictionary<string, string> LoadDemonyms()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadTsv("demonyms.tsv"))
        {
            var stem = ArabicNormalizer.NormalizeKey(row[0]);
            // Masculine, feminine (ة folds to ه), masculine plural nominative and oblique; each with the article.
            foreach (var form in new[] { stem, stem + "\u0647", stem + "\u0648\u0646", stem + "\u064A\u0646" })
            {
                table.TryAdd(form, row[1]);
                table.TryAdd("\u0627\u0644" + form, row[1]);
            }
        }
        return table;
    }
}
