using Hadath.Evaluation;
using Hadath.Output;
using Hadath.Pipeline;

namespace Hadath.Cli.Extraction;

/// <summary>The extractor <c>hadath eval articles</c> runs on every gold article: the default engine.</summary>
public static class DefaultExtractor
{
    public static IArticleExtractor Create() => new EngineExtractor(HadathEngine.CreateDefault());

    private sealed class EngineExtractor(HadathEngine engine) : IArticleExtractor
    {
        public ArticleRecord Extract(ArticleRecord article) =>
            ArticleExport.ToRecord(engine.Analyze(article)) with { Source = article.Source, Url = article.Url, Title = article.Title, Text = article.Text };
    }
}
