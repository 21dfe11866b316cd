using Hadath.Store;
using Hadath.Store.Analysis;
using Hadath.Store.Search;
using Hadath.Tests.IO;
using static Hadath.Tests.Store.StoreTestData;

namespace Hadath.Tests.Store;

public sealed class SearchTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly ArticleStore _store;
    private readonly EventSearch _search;

    public SearchTests()
    {
        _store = ArticleStore.Open(_dir.File("s.db"));
        var analyzer = new FakeAnalyzer();
        foreach (var a in (Hadath.IO.SourceArticle[])
        [
            // "The Israeli government carried out an air strike on Damascus" (with harakat and hamza)
            Article("a1", "bbc", "2018-05-10", "نفّذت الحكومةُ الإسرائيلية غارة على دمشق."),
            // "Hamas fights clashes with Israel in Gaza"
            Article("a2", "cnn", "2018-05-12", "حماس تخوض اشتباكات مع إسرائيل في غزة."),
            // "Talks in Paris with Iran"
            Article("a3", "skynews", "2018-06-01", "محادثات مع إيران في باريس."),
            // "Lebanon: a meeting in Beirut" — لبنان starts with a letter that looks like a preposition
            Article("a4", "bbc", "2018-06-02", "لبنان: اجتماع في بيروت."),
        ])
            _store.Save(analyzer.Analyze(a), analyzer.Version);
        _search = new EventSearch(_store);
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    [Theory]
    [InlineData("حكومة", "a1")]                 // teh marbuta vs heh, no article, no case ending
    [InlineData("الحكومه", "a1")]
    [InlineData("اسرائيلية", "a1")]             // hamza seat written bare
    [InlineData("نفذت", "a1")]                  // without shadda
    [InlineData("والحكومة", "a1")]              // query with a conjunction
    [InlineData("اسرائيل", "a2")]                // "إسرائيل" in the text; not "الإسرائيلية" (another word)
    [InlineData("ايران", "a3")]                 // "إيران": hamza below
    [InlineData("بلبنان", "a4")]                // query with a preposition, bare word in the text
    [InlineData("لبنان", "a4")]
    [InlineData("\"غارة على دمشق\"", "a1")]     // phrase
    [InlineData("غزة حماس", "a2")]              // all words required
    public void Arabic_text_search_ignores_spelling_variants_and_clitics(string query, string expected)
    {
        var hits = _search.Articles(new EventFilter { Text = query }, 10);
        Assert.Equal([expected], hits.Select(h => h.ExtId));
    }

    [Theory]
    [InlineData("\"دمشق على غارة\"")] // the phrase reversed
    [InlineData("غزة باريس")]         // words from two articles
    [InlineData("...")]              // no word at all matches nothing
    public void Text_search_misses(string query) => Assert.Empty(_search.Articles(new EventFilter { Text = query }, 10));

    [Fact]
    public void Filters_combine()
    {
        Assert.Equal(["a2", "a1"], Ids(new EventFilter { Types = ["ASSAULT"] }));
        Assert.Equal(["a2", "a1"], Ids(new EventFilter { Actor = "isra" }));        // part of the English name, any role
        Assert.Equal(["a1"], Ids(new EventFilter { Place = "damascus" }));
        Assert.Equal(["a2"], Ids(new EventFilter { Country = "pse" }));
        Assert.Equal(["a4", "a3"], Ids(new EventFilter { From = new DateOnly(2018, 6, 1) }));
        Assert.Equal(["a2"], Ids(new EventFilter { From = new DateOnly(2018, 5, 11), To = new DateOnly(2018, 5, 31) }));
        Assert.Equal(["a3"], Ids(new EventFilter { Types = ["consult"], Text = "إيران" }));
        Assert.Empty(Ids(new EventFilter { Types = ["CONSULT"], Place = "damascus" }));
    }

    [Fact]
    public void Counts_by_day_actor_and_place()
    {
        Assert.Equal(["2018-05-10:1", "2018-05-12:1", "2018-06-01:1", "2018-06-02:1"],
            _search.CountBy(new EventFilter(), CountKey.Day).Select(r => $"{r.Key}:{r.Events}"));
        Assert.Equal(["Hamas:1", "Israel:1"], _search.CountBy(new EventFilter(), CountKey.Actor).Select(r => $"{r.Key}:{r.Events}"));
        Assert.Equal(["Beirut", "Damascus", "Gaza", "Paris"], _search.CountBy(new EventFilter(), CountKey.Place).Select(r => r.Key));
        Assert.Equal(["ASSAULT:2", "CONSULT:2"], _search.CountBy(new EventFilter(), CountKey.Type).Select(r => $"{r.Key}:{r.Events}"));
    }

    private List<string> Ids(EventFilter filter) => _search.Clusters(filter, 50).Select(c => c.Representative.ArticleExtId).ToList();
}
