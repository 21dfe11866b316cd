using Hadath.IO;
using Hadath.Store;
using Hadath.Text;

namespace Hadath.Tests.Store;

/// <summary>Articles for store tests, analysed by the store's FakeAnalyzer (trigger words, places, actors by table).</summary>
internal static class StoreTestData
{
    public static SourceArticle Article(string id, string source, string published, string text, string? title = null) => new()
    {
        Id = id,
        Source = source,
        Url = $"https://{source}.example/{id}",
        Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        Title = title,
        Text = text,
        Origin = new ArticleOrigin("test", 1),
    };

    /// <summary>An analyzer that finds nothing, under its own version: re-analysis that removes every record.</summary>
    public sealed class NothingFound(string version = "nothing-2") : IArticleAnalyzer
    {
        public string Version => version;

        public AnalyzedArticle Analyze(SourceArticle article, CancellationToken cancellationToken = default)
        {
            var document = article.ToDocument();
            document.SetEvents([]);
            return new AnalyzedArticle(article, document);
        }
    }

    /// <summary>Counts calls to another analyzer (thread-safe), to check nothing is analysed twice.</summary>
    public sealed class Counting(IArticleAnalyzer inner) : IArticleAnalyzer
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _calls = new();

        public string Version => inner.Version;

        public IReadOnlyDictionary<string, int> Calls => _calls;

        public AnalyzedArticle Analyze(SourceArticle article, CancellationToken cancellationToken = default)
        {
            _calls.AddOrUpdate(article.Id, 1, (_, n) => n + 1);
            return inner.Analyze(article, cancellationToken);
        }
    }

    /// <summary>
    /// Holds the first calls until <paramref name="threads"/> different threads are analysing at once (or 20 s
    /// pass), so a test of concurrent workers really has them working concurrently.
    /// </summary>
    public sealed class StartTogether(IArticleAnalyzer inner, int threads = 2) : IArticleAnalyzer
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> _seen = new();
        private readonly ManualResetEventSlim _all = new();

        public string Version => inner.Version;

        public AnalyzedArticle Analyze(SourceArticle article, CancellationToken cancellationToken = default)
        {
            _seen.TryAdd(Environment.CurrentManagedThreadId, true);
            if (_seen.Count >= threads) _all.Set();
            _all.Wait(TimeSpan.FromSeconds(20), cancellationToken);
            return inner.Analyze(article, cancellationToken);
        }
    }

    /// <summary>Rows of a one-column query, for checks the public API does not expose.</summary>
    public static List<object?> Column(ArticleStore store, string sql)
    {
        var values = new List<object?>();
        using var command = store.Db.Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read()) values.Add(reader.IsDBNull(0) ? null : reader.GetValue(0));
        return values;
    }

    public static long Scalar(ArticleStore store, string sql) => store.Db.ScalarLong(sql) ?? 0;

    /// <summary>The document text an article's ranges index.</summary>
    public static string TextOf(SourceArticle a) => Document.FromArticle(a.Id, a.Title, a.Text, a.Published).Text;
}
