using System.Globalization;
using System.Text.Json;
using Hadath.Tagging;

namespace Hadath.Knowledge.Build;

/// <summary>
/// First-level divisions (governorates, provinces, states) from countrystatecity's
/// countries_states_with_native_and_ar.json: English name, ISO 3166-2 code, centre, and the native name where it
/// is Arabic. Arab governorates are named "X Governorate" (Wikipedia style) and also answer to "محافظة X".
/// </summary>
internal static class ProvinceSource
{
    private const string Governorate = "\u0645\u062D\u0627\u0641\u0638\u0629 "; // "محافظة "

    public static List<EntryDraft> Read(string gazetteers, WordFrequency frequency)
    {
        var path = Path.Combine(gazetteers, "country-names-ar", "countrystatecity", "countries_states_with_native_and_ar.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var drafts = new List<EntryDraft>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in doc.RootElement.EnumerateArray())
        {
            var iso3 = country.GetProperty("iso3").GetString()!;
            var arab = ArabicNames.ArabStates.Contains(iso3);
            foreach (var state in country.GetProperty("states").EnumerateArray())
            {
                var code = state.GetProperty("iso3166_2").GetString();
                var name = state.GetProperty("name").GetString();
                // The source lists a few overseas departments twice (under France and on their own): keep the first.
                if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(name) || !seen.Add(code)) continue;
                var type = state.GetProperty("type").GetString() ?? "";
                var governorate = arab && type is "governorate" or "province";
                var english = governorate ? name + " Governorate"
                    : (iso3 is "SAU" or "IRN" || type == "province") && !name.Contains("Province") ? name + " Province" : name;
                var d = new EntryDraft { Id = "adm1:" + code, Type = EntityType.LOC, NameEn = english, Country = iso3, Origin = "province" };
                d.AddEnglish(name, NameUse.LookupOnly);
                var native = state.GetProperty("native").GetString();
                if (native is not null && ArabicNames.IsArabic(native))
                {
                    d.AddArabic(native, GeoNamesSource.ScannerUse(native, 0, "ADM1", iso3, frequency));
                    if (governorate) d.AddArabic(Governorate + native);
                }
                d.Place = new KbPlace(0, Parse(state, "latitude"), Parse(state, "longitude"), 'A', "ADM1", code, 0);
                drafts.Add(d);
            }
        }
        return drafts;
    }

    private static double Parse(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String
        && double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;
}
