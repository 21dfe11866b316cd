using System.Globalization;
using System.Text.Json;
using Hadath.Tagging;

namespace Hadath.Knowledge.Build;

/// <summary>
/// Countries from gazetteers/country-names-ar: countries_ar_en.tsv (ISO codes, English, Arabic official/common,
/// i18n-iso-countries Arabic, capital, centre) and world-countries/countries.json (English official name and
/// alternative spellings, Arabic official and common names).
/// </summary>
internal static class CountrySource
{
    public static List<EntryDraft> Read(string gazetteers, Dictionary<string, string> iso2ToIso3)
    {
        var drafts = new Dictionary<string, EntryDraft>(StringComparer.Ordinal);
        var tsv = Path.Combine(gazetteers, "country-names-ar", "countries_ar_en.tsv");
        var lines = File.ReadAllLines(tsv);
        var header = lines[0].Split('\t');
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i
            : throw new FormatException($"{tsv}:1: no column '{name}'");
        int iso2 = Col("iso2"), iso3 = Col("iso3"), en = Col("name_en"), arOfficial = Col("name_ar_worldcountries_official"),
            arCommon = Col("name_ar_worldcountries_common"), arI18n = Col("names_ar_i18n_iso"), lat = Col("lat"), lng = Col("lng");
        for (var n = 1; n < lines.Length; n++)
        {
            var c = lines[n].Split('\t');
            if (c.Length < header.Length || c[iso3].Length != 3) continue;
            iso2ToIso3[c[iso2]] = c[iso3];
            var d = new EntryDraft { Id = "country:" + c[iso3], Type = EntityType.LOC, NameEn = c[en], Country = c[iso3], Origin = "country" };
            d.AddArabic(c[arCommon]);
            foreach (var name in c[arI18n].Split('|', StringSplitOptions.RemoveEmptyEntries)) d.AddArabic(name);
            d.AddArabic(c[arOfficial]);
            d.Place = new KbPlace(0, ParseOr0(c[lat]), ParseOr0(c[lng]), 'A', "PCLI", null, 0);
            drafts[c[iso3]] = d;
        }
        var json = Path.Combine(gazetteers, "country-names-ar", "world-countries", "countries.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
        foreach (var country in doc.RootElement.EnumerateArray())
        {
            if (!drafts.TryGetValue(country.GetProperty("cca3").GetString() ?? "", out var d)) continue;
            var name = country.GetProperty("name");
            d.AddEnglish(name.GetProperty("common").GetString());
            d.AddEnglish(name.GetProperty("official").GetString());
            foreach (var alt in country.GetProperty("altSpellings").EnumerateArray())
                if (alt.GetString() is { Length: > 2 } s) d.AddEnglish(s, NameUse.LookupOnly); // two-letter codes ("SY") are no names
            if (country.GetProperty("translations").TryGetProperty("ara", out var ara))
            {
                d.AddArabic(ara.GetProperty("common").GetString());
                d.AddArabic(ara.GetProperty("official").GetString());
            }
        }
        return [.. drafts.Values];
    }

    private static double ParseOr0(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
