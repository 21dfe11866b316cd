using Hadath.Store;
using Hadath.Store.Analysis;
using Hadath.Store.Export;
using Hadath.Store.Ingest;
using Hadath.Store.Search;
using Hadath.Tests.IO;

namespace Hadath.Tests.Store;

/// <summary>The store on PostgreSQL: the shared queue with concurrent workers, and the same search as on SQLite.</summary>
public class PostgresTests
{
    [PostgresFact]
    public void Two_workers_share_the_queue()
    {
        using var schema = new PostgresSchema();
        WorkQueueTests.TwoWorkersShareTheQueue(schema.Target);
    }

    [PostgresFact]
    public void Dead_workers_rows_are_taken_over()
    {
        using var schema = new PostgresSchema();
        WorkQueueTests.DeadWorkersRowsAreTakenOver(schema.Target);
    }

    [PostgresFact]
    public void Ingest_search_dedup_and_export_match_sqlite()
    {
        using var schema = new PostgresSchema();
        using var dir = new TempDir();
        var input = dir.Write("news.jsonl", string.Join("\n",
            """{"id": "1", "source": "bbc", "published": "2018-05-10", "text": "شنت إسرائيل غارة على دمشق."}""",
            """{"id": "2", "source": "cnn", "published": "2018-05-11", "text": "غارة إسرائيلية على دمشق, قال مصدر."}""",
            """{"id": "3", "source": "bbc", "published": "2018-05-12", "text": "محادثات مع إيران في باريس."}"""));
        string[] results = [Summary(schema.Target, input), Summary(dir.File("s.db"), input)];
        Assert.Equal(results[1], results[0]);
        Assert.Contains("clusters=2 sources=2,1", results[0]);
    }

    private static string Summary(string target, string input)
    {
        var ingest = new IngestRunner(new FakeAnalyzer(), new IngestOptions { Jobs = 2 }).Run(target, [input], e => throw new InvalidOperationException(e.ToString()));
        Assert.Equal(3, ingest.Added);
        using var store = ArticleStore.Open(target);
        var search = new EventSearch(store);
        var clusters = search.AllClusters(new EventFilter()).ToList();
        var text = string.Join(",", search.Articles(new EventFilter { Text = "الغارة دمشق" }, 10).Select(h => h.ExtId).Order());
        var phrase = string.Join(",", search.Articles(new EventFilter { Text = "\"غارة على دمشق\"" }, 10).Select(h => h.ExtId).Order());
        var days = string.Join(",", search.CountBy(new EventFilter(), CountKey.Day).Select(r => $"{r.Key}:{r.Events}"));
        var actor = string.Join(",", search.Clusters(new EventFilter { Actor = "isr", From = new DateOnly(2018, 5, 11) }, 10).Select(c => c.Representative.ArticleExtId));
        var csv = new StringWriter();
        EventExporter.Write(search.AllClusters(new EventFilter()), ExportFormat.AcledCsv, csv);
        var csvRows = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        return $"clusters={clusters.Count} sources={string.Join(",", clusters.Select(c => c.Sources))} text={text} phrase={phrase} days={days} actor={actor} csv={csvRows}";
    }
}
