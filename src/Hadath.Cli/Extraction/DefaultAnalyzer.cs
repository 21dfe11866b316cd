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
    /// The real pipeline (<see cref="HadathEngine.CreateDefault"/>). Its version string names the library build, the
    /// stages and a fingerprint of what decides the output: the library (code and embedded lexicons), the knowledge base
    /// and the tagger's model files. A store re-analyses an article whenever it changes, so a retrained model or an edited
    /// lexicon reaches every stored article.
    /// While the default pipeline cannot be built (stages still missing), articles are stored with their text and
    /// full-text index only, under version "text-only-0", and analysed again once it can.
    /// </summary>
    private static IArticleAnalyzer CreatePipeline()
    {
        try
        {
            return new Engine(HadathEngine.CreateDefault());
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"hadath: the extraction pipeline of this build is incomplete ({e.Message}); storing article text only.");
            return new TextOnly();
        }
    }

    /// <summary>First 12 hex digits of SHA-256 over the library, the knowledge base and the model files (those found).</summary>
    private static string Fingerprint()
    {
        var files = new[]
        {
            typeof(HadathEngine).Assembly.Location,
            Hadath.Knowledge.KnowledgeBase.DefaultPath(),
            ModelOrNull("ner.bin"),
            ModelOrNull("clusters.bin"),
        };
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in files)
            if (!string.IsNullOrEmpty(file) && File.Exists(file)) sha.AppendData(File.ReadAllBytes(file));
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }

    private static string? ModelOrNull(string name)
    {
        try { return Hadath.Tagging.ModelPaths.Find(name); }
        catch (FileNotFoundException) { return null; }
    }

    private sealed class TextOnly : IArticleAnalyzer
    {
        public string Version => "text-only-0";

        public AnalyzedArticle Analyze(SourceArticle article, CancellationToken cancellationToken = default) => new(article, article.ToDocument());
    }

    private sealed class Engine(HadathEngine engine) : IArticleAnalyzer
    {
        public string Version { get; } = "hadath " + typeof(HadathEngine).Assembly.GetName().Version + " ["
            + string.Join(",", engine.Pipeline.Stages.Select(s => s.Name)) + "] " + Fingerprint();

        public AnalyzedArticle Analyze(SourceArticle article, CancellationToken cancellationToken = default) =>
            new(article, engine.Analyze(AnalyzedArticle.ToRecord(article), cancellationToken));
    }
}
