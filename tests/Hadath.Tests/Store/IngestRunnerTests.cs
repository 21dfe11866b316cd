using Hadath.IO;
using Hadath.Store;
using Hadath.Store.Analysis;
using Hadath.Store.Ingest;
using Hadath.Tests.IO;
using static Hadath.Tests.Store.StoreTestData;

namespace Hadath.Tests.Store;

public class IngestRunnerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Ingest_is_idempotent_and_reports_bad_input(int jobs)
    {
        using var dir = new TempDir();
        var lines = Enumerable.Range(1, 40).Select(i => $"{{\"id\": \"n{i}\", \"source\": \"bbc\", \"published\": \"2018-05-10\", \"text\": \"غارة على دمشق رقم {i}.\"}}").ToList();
        lines.Insert(10, "{not json");
        dir.Write("in/news.jsonl", string.Join("\n", lines));
        dir.Write("in/page.html", "<html><body><p>محادثات في باريس.</p></body></html>");
        var errors = new List<ReadError>();
        var counting = new Counting(new FakeAnalyzer());
        var runner = new IngestRunner(counting, new IngestOptions { Jobs = jobs, BatchSize = 7 });
        var first = runner.Run(dir.File("s.db"), [dir.File("in")], errors.Add);
        Assert.Equal((41L, 41L, 0L, 1L), (first.Read, first.Added, first.Unchanged, first.Failed));
        Assert.Equal(11, Assert.Single(errors).Line);

        var second = new IngestRunner(counting, new IngestOptions { Jobs = jobs }).Run(dir.File("s.db"), [dir.File("in")], _ => { });
        Assert.Equal((41L, 0L, 41L), (second.Read, second.Added, second.Unchanged));
        Assert.All(counting.Calls.Values, n => Assert.Equal(1, n)); // the second run analysed nothing
        Assert.Equal(1.0, second.Fraction);
        using var store = ArticleStore.Open(dir.File("s.db"));
        Assert.Equal((41L, 41L), (store.Counts().Articles, store.Counts().Events));
    }
}
