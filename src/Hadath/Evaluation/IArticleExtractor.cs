using Hadath.Output;

namespace Hadath.Evaluation;

/// <summary>
/// The engine as the article evaluation sees it: reads one article and returns what it found, in the gold schema,
/// so the result can be scored against the gold article (<c>hadath eval articles</c>).
/// </summary>
public interface IArticleExtractor
{
    /// <summary>
    /// Extracts entities, events and quotes from <paramref name="article"/> (its <c>title + "\n\n" + text</c>,
    /// dated by <c>published</c>). The input's own entity, event and quote lists are empty; the result carries the
    /// same id (and may copy the other fields) with the extracted lists.
    /// </summary>
    ArticleRecord Extract(ArticleRecord article);
}
