namespace Hadath.Tagging;

/// <summary>
/// Compiles the NER gazetteer from ../shared/data/gazetteers: ANERGazet person, location and organisation
/// lists; ANETAC's classified transliterated names; Arabic country names; Arabic GeoNames names of places with at least <see cref="MinPopulation"/>
/// people (smaller villages are often named by common words and would fire on ordinary text).
/// </summary>
internal static class GazetteerSources
{
    public const int MinPopulation = 10_000;

    public static readonly string[] Categories = ["per", "loc", "org", "country", "city", "anetac-per", "anetac-loc", "anetac-org"];

    public static Gazetteer Build(string dataDirectory)
    {
        var root = Path.Combine(dataDirectory, "gazetteers");
        var gazetteer = new Gazetteer(Categories);
        AddLines(gazetteer, Path.Combine(root, "anergazet", "ANERGazet_Pers.txt"), 0);
        AddLines(gazetteer, Path.Combine(root, "anergazet", "ANERGazet_Loc.txt"), 1);
        AddLines(gazetteer, Path.Combine(root, "anergazet", "ANERGazet_Org.txt"), 2);
        foreach (var row in Rows(Path.Combine(root, "country-names-ar", "countries_ar_en.tsv")))
            for (var c = 3; c <= 5 && c < row.Length; c++) gazetteer.Add(row[c], 3);
        foreach (var file in new[] { "world_cities500_arabic_script_names.tsv", "mena_cities500_arabic.tsv" })
            foreach (var row in Rows(Path.Combine(root, "geonames-cities500", file)))
                if (row.Length > 11 && long.TryParse(row[11], out var population) && population >= MinPopulation)
                    foreach (var name in row[3].Split('|')) gazetteer.Add(name, 4);
        foreach (var row in Rows(Path.Combine(root, "geonames-cities500", "geonames_ar_preferred_names_libgeonames.tsv")))
            if (row.Length > 7 && long.TryParse(row[7], out var population) && population >= MinPopulation)
                gazetteer.Add(row[1], 4);
        // ANETAC: "CLASS English Arabic" per line, single-word transliterated names (79.9k).
        foreach (var line in File.ReadLines(Path.Combine(root, "anetac", "EN-AR NE", "EN-AR Named-entities.txt")))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 3) continue;
            var category = fields[0] switch { "PERSON" => 5, "LOCATION" => 6, "ORGANIZATION" => 7, _ => -1 };
            if (category >= 0) gazetteer.Add(string.Join(' ', fields[2..]), category);
        }
        return gazetteer;
    }

    private static void AddLines(Gazetteer gazetteer, string path, int category)
    {
        foreach (var line in File.ReadLines(path))
        {
            var name = line.Trim();
            if (name.Length == 0 || name.StartsWith("==", StringComparison.Ordinal)) continue; // "====" separates sections
            gazetteer.Add(name, category);
        }
    }

    /// <summary>Tab-separated rows after the header line.</summary>
    private static IEnumerable<string[]> Rows(string path) => File.ReadLines(path).Skip(1).Select(l => l.Split('\t'));
}
