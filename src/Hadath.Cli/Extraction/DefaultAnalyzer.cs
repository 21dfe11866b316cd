using Hadath.IO;
using Hadath.Store;
using Hadath.Store.Analysis;

namespace Hadath.Cli.Extraction;

/// <summary>
/// The analyzer <c>hadath ingest</c> and <c>hadath worker</c> run on every article. The environment variable
/// HADATH_ANALYZER picks a test double instead: "fake" (<see cref="FakeAnalyzer"/>: table lookups, fast) or
/// "fake-slow:MS" (the same, sleeping MS milliseconds per article, for kill/resume tests).
/// </summary>
public static class DefaultAnalyzer
{
    public const string EnvironmentVariable = "HADATH_ANALYZER";

    public static IArticleAnalyzer Create()
    {
        var choice = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrEmpty(choice)) return CreatePipeline();
        if (choice == "fake") return new FakeAnalyzer();
        if (choice.StartsWith("fake-slow:", StringComparison.Ordinal) && int.TryParse(choice["fake-slow:".Length..], out var ms) && ms >= 0)
            return new FakeAnalyzer(ms);
        throw new UsageException($"{EnvironmentVariable}={choice}: expected \"fake\" or \"fake-slow:MS\", or leave it unset for the real pipeline.");
    }

    /// <summary>
    /// PLACEHOLDER for the lead: return the real extraction pipeline here (a Document per article with mentions,
    /// entities, events and quotes; Version = engine + model versions). Until then articles are stored with their
    /// text and full-text index only, under version "text-only-0", and are re-analysed once the pipeline lands.
    /// </summary>
    private static IArticleAnalyzer CreatePipeline() => new TextOnly();

    private sealed class TextOnly : IArticleAnalyzer
    {
        public string Version => "text-only-0";

        public AnalyzedArticle Analyze(SourceArticle article, CancellationToken cancellationToken = default) =>
            new(article, article.ToDocument());
    }
}
