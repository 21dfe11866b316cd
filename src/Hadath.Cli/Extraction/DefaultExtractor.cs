using Hadath.Evaluation;
using Hadath.Output;

namespace Hadath.Cli.Extraction;

/// <summary>The extractor <c>hadath eval articles</c> runs on every gold article.</summary>
public static class DefaultExtractor
{
    /// <summary>
    /// PLACEHOLDER, for the lead to replace with the real pipeline (normaliser, tokens, taggers, linking, events,
    /// quotes) once it exists. Until then it finds nothing, so <c>hadath eval articles</c> reports the floor:
    /// zero true positives, every gold item a miss.
    /// </summary>
    public static IArticleExtractor Create() => new NothingFound();

    // Placeholder: returns the article with empty entity, event and quote lists.
    private sealed class NothingFound : IArticleExtractor
    {
        public ArticleRecord Extract(ArticleRecord article) =>
            article with { Entities = [], Events = [], Quotes = [] };
    }
}
