using Hadath.Store;
using Hadath.Store.Analysis;
using Hadath.Store.Search;
using Hadath.Tests.IO;
using static Hadath.Tests.Store.StoreTestData;

namespace Hadath.Tests.Store;

public class DeduplicationTests
{
    private static readonly FakeAnalyzer Analyzer = new();

    // Reports of one Israeli air strike on Damascus, worded differently.
    private const string StrikeA = "شنت إسرائيل غارة على دمشق.";
    private const string StrikeB = "مصادر: غارة إسرائيلية استهدفت مواقع قرب دمشق فجر اليوم.";
    private const string StrikeC = "أعلن الجيش أن إسرائيل نفذت غارة جديدة.";   // no place: joins by actor

    private static List<EventCluster> Clusters(ArticleStore store) => new EventSearch(store).AllClusters(new EventFilter()).ToList();

    [Fact]
    public void Reports_from_several_outlets_become_one_event_with_a_source_count()
    {
        using var dir = new TempDir();
        using var store = ArticleStore.Open(dir.File("s.db"));
        foreach (var a in new[]
                 {
                     Article("1", "bbc", "2018-05-10", StrikeA),
                     Article("2", "cnn", "2018-05-11", StrikeB),   // a day later: within ±1
                     Article("3", "bbc", "2018-05-10", StrikeC),   // same outlet again: not an independent source
                 })
            store.Save(Analyzer.Analyze(a), Analyzer.Version);
        var cluster = Assert.Single(Clusters(store));
        Assert.Equal((3, 2), (cluster.Representative.ClusterMentions, cluster.Sources));
        Assert.Equal(["1", "2", "3"], cluster.Mentions.Select(m => m.ArticleExtId));
    }

    [Theory]
    [InlineData("2018-05-13", StrikeB)]                                   // three days later
    [InlineData("2018-05-10", "مظاهرات في دمشق.")]                         // another type (protests) at the same place
    [InlineData("2018-05-10", "شنت روسيا غارة على بيروت.")]               // same day, other place, other actor
    public void Different_events_stay_apart(string published, string text)
    {
        using var dir = new TempDir();
        using var store = ArticleStore.Open(dir.File("s.db"));
        store.Save(Analyzer.Analyze(Article("1", "bbc", "2018-05-10", StrikeA)), Analyzer.Version);
        store.Save(Analyzer.Analyze(Article("2", "cnn", published, text)), Analyzer.Version);
        Assert.Equal(2, Clusters(store).Count);
    }

    [Fact]
    public void Counts_follow_re_analysis()
    {
        using var dir = new TempDir();
        using var store = ArticleStore.Open(dir.File("s.db"));
        var second = Article("2", "cnn", "2018-05-10", StrikeB);
        store.Save(Analyzer.Analyze(Article("1", "bbc", "2018-05-10", StrikeA)), Analyzer.Version);
        store.Save(Analyzer.Analyze(second), Analyzer.Version);
        Assert.Equal(2, Assert.Single(Clusters(store)).Sources);
        var nothing = new NothingFound();
        store.Save(nothing.Analyze(second), nothing.Version); // the newer model finds no event in the CNN report
        var cluster = Assert.Single(Clusters(store));
        Assert.Equal((1, 1), (cluster.Representative.ClusterMentions, cluster.Sources));
    }
}
