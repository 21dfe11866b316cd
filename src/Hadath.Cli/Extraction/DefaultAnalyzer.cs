using Hadath.IO;
using Hadath.Pipeline;
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
    /// The real pipeline (<see cref="HadathEngine.CreateDefault"/>). Its version string names the library build and
    /// the stages; a store re-analyses an article whenever it changes. The lead may want a finer version (model files'
    /// dates or hashes) once models ship: a rule changed inside a stage does not change this string.
    /// </summary>
    private static IArticleAnalyzer CreatePipeline() => new Engine(HadathEngine.CreateDefault());

    private sealed class Engine(HadathEngine engine) : IArticleAnalyzer
    {
        public string Version { get; } = "hadath " + typeof(HadathEngine).Assembly.GetName().Version + " ["
            + string.Join(",", engine.Pipeline.Stages.Select(s => s.Name)) + "]";

        public AnalyzedArticle Analyze(SourceArticle article, CancellationToken cancellationToken = default) =>
            new(article, engine.Analyze(AnalyzedArticle.ToRecord(article), cancellationToken));
    }
}
