using System.Text.Json;
using Hadath.Store;
using Hadath.Store.Analysis;
using Hadath.Store.Export;
using Hadath.Store.Search;
using Hadath.Tests.IO;
using static Hadath.Tests.Store.StoreTestData;

namespace Hadath.Tests.Store;

public sealed class ExportTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly ArticleStore _store;

    public ExportTests()
    {
        _store = ArticleStore.Open(_dir.File("s.db"));
        var analyzer = new FakeAnalyzer();
        foreach (var a in new[]
                 {
                     Article("1", "bbc", "2018-05-10", "شنت إسرائيل غارة على دمشق."),          // air strike, Damascus
                     Article("2", "cnn", "2018-05-10", "غارة إسرائيلية على دمشق, قال مصدر."),   // same strike, other outlet
                     Article("3", "bbc", "2018-05-11", "محادثات مع إيران."),                    // talks, no place
                     Article("4", "bbc", "2018-05-12", "مظاهرات في القاهرة."),                 // protest, Cairo
                 })
            _store.Save(analyzer.Analyze(a), analyzer.Version);
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    private (string Text, long Written, long Skipped) Export(ExportFormat format, EventFilter? filter = null)
    {
        var writer = new StringWriter();
        var (written, skipped) = EventExporter.Write(new EventSearch(_store).AllClusters(filter ?? new EventFilter()), format, writer);
        return (writer.ToString(), written, skipped);
    }

    [Fact]
    public void Jsonl_is_one_deduplicated_event_a_line_in_the_gold_schema_with_reports()
    {
        var (text, written, _) = Export(ExportFormat.Jsonl);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((3L, 3), (written, lines.Length));
        using var strike = JsonDocument.Parse(lines[0]);
        var root = strike.RootElement;
        Assert.Equal("ASSAULT", root.GetProperty("type").GetString());
        Assert.Equal("Damascus", root.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("Israel", root.GetProperty("actor")[0].GetProperty("name").GetString());
        Assert.Equal(2, root.GetProperty("sources").GetInt32());
        var reports = root.GetProperty("reports");
        Assert.Equal(2, reports.GetArrayLength());
        var range = reports[0].GetProperty("evidence_range");
        Assert.Equal(reports[0].GetProperty("evidence").GetString(), "شنت إسرائيل غارة على دمشق."[range[0].GetInt32()..range[1].GetInt32()]);
    }

    [Fact]
    public void Acled_csv_has_acled_columns_and_only_acled_event_types()
    {
        var (text, written, skipped) = Export(ExportFormat.AcledCsv);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,"
            + "actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,"
            + "geo_precision,source,source_scale,notes,fatalities,tags,timestamp", lines[0]);
        Assert.Equal((2L, 1L), (written, skipped)); // the talks are no ACLED event
        var strike = lines[1].Split(',');
        Assert.Equal(31, strike.Length);
        Assert.Equal(("2018-05-10", "Explosions/Remote violence", "Air/drone strike", "Israel", "State forces"), (strike[1], strike[5], strike[6], strike[7], strike[9]));
        Assert.Equal(("760", "Middle East", "Syria", "Damascus", "33.513", "36.292"), (strike[15], strike[16], strike[17], strike[21], strike[22], strike[23]));
        Assert.Equal("bbc; cnn", strike[25]);
        Assert.Contains("Protests", lines[2]);
    }

    [Fact]
    public void Geojson_has_points_for_events_with_coordinates()
    {
        var (text, written, skipped) = Export(ExportFormat.GeoJson);
        Assert.Equal((2L, 1L), (written, skipped));
        using var json = JsonDocument.Parse(text);
        var features = json.RootElement.GetProperty("features");
        var point = features[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal((36.292, 33.513), (point[0].GetDouble(), point[1].GetDouble())); // [longitude, latitude]
        Assert.Equal("Cairo", features[1].GetProperty("properties").GetProperty("location").GetString());
    }

    [Fact]
    public void Plover_json_uses_plover_field_names()
    {
        var (text, written, _) = Export(ExportFormat.PloverJson, new EventFilter { Types = ["ASSAULT"] });
        Assert.Equal(1, written);
        using var json = JsonDocument.Parse(text);
        var e = json.RootElement;
        Assert.Equal(("2018-05-10", "ASSAULT", "aerial", "ISR", "SYR"),
            (e.GetProperty("date").GetString(), e.GetProperty("event")[0].GetString(), e.GetProperty("mode")[0].GetString(),
             e.GetProperty("actor")[0].GetProperty("code").GetString(), e.GetProperty("event_loc").GetProperty("country_code").GetString()));
        Assert.Equal(2, e.GetProperty("event_text").GetArrayLength());
    }

    [Fact]
    public void Filters_apply_to_exports()
    {
        var (_, written, _) = Export(ExportFormat.Jsonl, new EventFilter { Place = "cairo" });
        Assert.Equal(1, written);
    }
}
