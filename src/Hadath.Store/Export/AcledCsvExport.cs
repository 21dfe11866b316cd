using System.Globalization;
using System.Reflection;
using Hadath.Store.Search;

namespace Hadath.Store.Export;

/// <summary>
/// ACLED's CSV layout, columns in ACLED's export order. Only events ACLED codes are written: conflict events
/// (those with an ACLED type: Battles, Explosions/Remote violence, Violence against civilians) and PROTEST events
/// (Protests, or Riots for mode "riot"); the rest are counted as skipped. Actor "inter" categories come from the
/// actors' PLOVER sectors; country name, numeric ISO code and region from a small table (Data/acled-countries.tsv).
/// </summary>
internal static class AcledCsvExport
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    private static readonly Lazy<Dictionary<string, (string Numeric, string Name, string Region)>> Countries = new(LoadCountries);

    public static (long, long) Write(IEnumerable<EventCluster> clusters, TextWriter output)
    {
        long written = 0, skipped = 0;
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        output.Write(string.Join(",", Columns));
        output.Write('\n');
        foreach (var cluster in clusters)
        {
            var e = cluster.Representative;
            var kind = Classify(e);
            if (kind is null)
            {
                skipped++;
                continue;
            }
            var (disorder, type, subType) = kind.Value;
            var inter1 = type is "Protests" ? "Protesters" : type is "Riots" ? "Rioters" : Inter(e.Actors);
            var inter2 = Inter(e.Recipients);
            Countries.Value.TryGetValue(e.LocationCountry ?? "", out var country);
            string[] row =
            [
                (e.LocationCountry ?? "XXX") + cluster.Id.ToString(CultureInfo.InvariantCulture),
                e.Day ?? "",
                e.Day is { Length: >= 4 } day ? day[..4] : "",
                e.Date is { Length: 10 } ? "1" : e.Date is null ? "2" : "3",
                disorder, type, subType,
                e.Actors.Count > 0 ? e.Actors[0].Name : "", string.Join("; ", e.Actors.Skip(1).Select(a => a.Name)), inter1,
                e.Recipients.Count > 0 ? e.Recipients[0].Name : "", string.Join("; ", e.Recipients.Skip(1).Select(a => a.Name)), inter2,
                string.Join("-", new[] { inter1, inter2 }.Where(s => s.Length > 0)),
                inter2 == "Civilians" || type == "Violence against civilians" ? "Civilian targeting" : "",
                country.Numeric ?? "", country.Region ?? "", country.Name ?? e.LocationCountry ?? "",
                "", "", "",
                e.LocationName ?? "",
                e.Latitude?.ToString("0.####", CultureInfo.InvariantCulture) ?? "",
                e.Longitude?.ToString("0.####", CultureInfo.InvariantCulture) ?? "",
                e.GeoPrecision?.ToString(CultureInfo.InvariantCulture) ?? "",
                string.Join("; ", cluster.Mentions.Select(m => m.Outlet).Distinct()),
                "",
                e.Evidence,
                (e.Dead ?? 0).ToString(CultureInfo.InvariantCulture),
                $"sources={cluster.Sources}; mentions={e.ClusterMentions}",
                timestamp,
            ];
            output.Write(string.Join(",", row.Select(Quote)));
            output.Write('\n');
            written++;
        }
        return (written, skipped);
    }

    private static (string Disorder, string Type, string SubType)? Classify(StoredEvent e)
    {
        if (e.AcledType is { } type) return ("Political violence", type, e.AcledSubType ?? "");
        if (e.Type != "PROTEST") return null;
        return e.Mode == "riot"
            ? ("Political violence; Demonstrations", "Riots", "Violent demonstration")
            : ("Demonstrations", "Protests", "Peaceful protest");
    }

    // ACLED's actor categories from PLOVER sectors; the first actor with a known sector decides.
    private static string Inter(IReadOnlyList<StoredParticipant> actors)
    {
        foreach (var a in actors)
        {
            var inter = a.Sector switch
            {
                "GOV" or "MIL" or "COP" or "SPY" or "JUD" or "LEG" => "State forces",
                "REB" => "Rebel group",
                "UAF" => "Political militia",
                "IGO" => "External/Other forces",
                "CVL" or "REF" or "JRN" or "MED" or "REL" or "EDU" or "LAB" or "BUS" or "AGR" or "SOC" => "Civilians",
                _ => null,
            };
            if (inter is not null) return inter;
        }
        return "";
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static Dictionary<string, (string Numeric, string Name, string Region)> LoadCountries()
    {
        var table = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Hadath.Store.Data.acled-countries.tsv")
            ?? throw new InvalidOperationException("Embedded resource Hadath.Store.Data.acled-countries.tsv is missing from the build.");
        using var reader = new StreamReader(stream);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            if (header) { header = false; continue; }
            var f = line.Split('\t');
            table[f[0]] = (f[1], f[2], f[3]);
        }
        return table;
    }
}
