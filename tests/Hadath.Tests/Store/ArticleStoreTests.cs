using Hadath.Store;
using Hadath.Store.Analysis;
using Hadath.Store.Search;
using Hadath.Tests.IO;
using static Hadath.Tests.Store.StoreTestData;

namespace Hadath.Tests.Store;

public class ArticleStoreTests
{
    private static readonly FakeAnalyzer Analyzer = new();

    // "Israel carried out an air strike on Damascus. The minister said the talks in Paris were useful."
    private static readonly Hadath.IO.SourceArticle Strike = Article("s1", "bbc", "2018-05-10",
        "شنت إسرائيل غارة على دمشق. وقال الوزير إن محادثات باريس كانت مفيدة.", title: "غارة على دمشق");

    [Fact]
    public void Same_article_twice_is_stored_once()
    {
        using var dir = new TempDir();
        using var store = ArticleStore.Open(dir.File("s.db"));
        Assert.Equal(SaveResult.Added, store.Save(Analyzer.Analyze(Strike), Analyzer.Version));
        var once = store.Counts();
        Assert.Equal(SaveResult.Unchanged, store.Save(Analyzer.Analyze(Strike), Analyzer.Version));
        // Another file, another id, same content: the content hash makes it the same article.
        var copy = Strike with { Id = "copy-of-s1", Origin = new Hadath.IO.ArticleOrigin("other.jsonl", 9) };
        Assert.Equal(SaveResult.Unchanged, store.Save(Analyzer.Analyze(copy), Analyzer.Version));
        Assert.Equal(once, store.Counts());
        Assert.Equal(1, once.Articles);
        Assert.Equal(3, once.Events); // the strike, the talks in the title and the body
    }

    [Fact]
    public void Newer_engine_version_replaces_the_records()
    {
        using var dir = new TempDir();
        using var store = ArticleStore.Open(dir.File("s.db"));
        store.Save(Analyzer.Analyze(Strike), Analyzer.Version);
        var other = new FakeAnalyzer(version: "fake-2");
        Assert.Equal(SaveResult.Replaced, store.Save(other.Analyze(Strike), other.Version));
        var after = store.Counts();
        Assert.Equal((1L, 3L), (after.Articles, after.Events)); // replaced, not added to
        var empty = new NothingFound();
        Assert.Equal(SaveResult.Replaced, store.Save(empty.Analyze(Strike), empty.Version));
        var cleared = store.Counts();
        Assert.Equal((1L, 0L, 0L, 0L), (cleared.Articles, cleared.Events, cleared.Clusters, cleared.Quotes)); // empty clusters go too
        Assert.Equal(["nothing-2"], Column(store, "SELECT engine_version FROM articles"));
    }

    [Fact]
    public void Rolled_back_batch_leaves_nothing()
    {
        using var dir = new TempDir();
        using var store = ArticleStore.Open(dir.File("s.db"));
        store.BeginBatch();
        store.Save(Analyzer.Analyze(Strike), Analyzer.Version);
        store.RollbackBatch();
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0), store.Counts());
    }

    [Fact]
    public void Ranges_point_into_the_document_text()
    {
        using var dir = new TempDir();
        using var store = ArticleStore.Open(dir.File("s.db"));
        store.Save(Analyzer.Analyze(Strike), Analyzer.Version);
        var text = TextOf(Strike);
        var events = new EventSearch(store).Events(new EventFilter()).ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            Assert.Equal(e.Evidence, text[e.EvidenceStart..e.EvidenceEnd]);
            Assert.InRange(e.TriggerStart, e.EvidenceStart, e.EvidenceEnd);
            foreach (var p in e.Actors.Concat(e.Recipients).Where(p => p.Start is not null))
                Assert.False(string.IsNullOrWhiteSpace(text[p.Start!.Value..p.End!.Value]));
        }
        var strike = Assert.Single(events, e => e.Type == "ASSAULT" && e.Actors.Count > 0); // the title reports it too, without actor
        Assert.Equal(("Israel", "Damascus", 33.513, "aerial"), (strike.Actors.Single().Name, strike.LocationName, strike.Latitude!.Value, strike.Mode));
        foreach (var row in Column(store, "SELECT start_char || ':' || end_char || ':' || text FROM mentions"))
        {
            var parts = ((string)row!).Split(':', 3);
            Assert.Equal(parts[2], text[int.Parse(parts[0])..int.Parse(parts[1])]);
        }
    }

    [Fact]
    public void Store_of_another_schema_version_is_refused()
    {
        using var dir = new TempDir();
        using (var store = ArticleStore.Open(dir.File("s.db")))
            store.Db.Execute("UPDATE store_meta SET value = '999' WHERE key = 'schema_version'");
        var e = Assert.Throws<StoreException>(() => ArticleStore.Open(dir.File("s.db")));
        Assert.Contains("schema version 999", e.Message);
    }
}
