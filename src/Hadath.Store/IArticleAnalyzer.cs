using Hadath.IO;

namespace Hadath.Store;

/// <summary>
/// The seam between the store and the extraction pipeline: ingest and workers call <see cref="Analyze"/> once per
/// article not yet stored under <see cref="Version"/>. With <c>--jobs N</c> above 1 it is called from N threads at
/// once, so an implementation used that way must be thread-safe (a pipeline of stateless stages is).
/// </summary>
public interface IArticleAnalyzer
{
    /// <summary>
    /// Engine and model version, e.g. "hadath 0.3 / ner-2026-01". Stored with each article; an article stored under
    /// another version is analysed again and its records replaced, so change it whenever output can change.
    /// </summary>
    string Version { get; }

    /// <summary>Analyses one article; the result's document text must be <see cref="SourceArticle.DocumentText"/>.</summary>
    AnalyzedArticle Analyze(SourceArticle article, CancellationToken cancellationToken = default);
}
