using Hadath.Text;

namespace Hadath.Tests.Text;

/// <summary>A fact that runs only when HADATH_REBUILD_LEXICON=1: it rewrites a committed data file.</summary>
public sealed class RebuildFactAttribute : FactAttribute
{
    public RebuildFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("HADATH_REBUILD_LEXICON") != "1")
            Skip = "Set HADATH_REBUILD_LEXICON=1 to rebuild src/Hadath/Text/Data/clitic-exceptions.tsv from ../shared/data/news.";
    }
}

public class CliticLexiconRebuildTests
{
    private const string Corpus = "news/ant-multisource.jsonl";

    /// <summary>Rebuilds the learned exceptions: HADATH_REBUILD_LEXICON=1 dotnet test --filter CliticLexiconRebuild</summary>
    [RebuildFact]
    public void CliticLexiconRebuild()
    {
        var corpus = SharedData.Find(Corpus) ?? throw new FileNotFoundException($"../shared/data/{Corpus} not found above {AppContext.BaseDirectory}.");
        var counts = CliticLexiconBuilder.CountCorpus(corpus, out var articles);
        var lexicon = new CliticLexiconBuilder(counts).Build();
        var target = Path.Combine(SharedData.RepositoryRoot(), "src", "Hadath", "Text", "Data", "clitic-exceptions.tsv");
        using (var writer = new StreamWriter(target) { NewLine = "\n" })
            CliticLexiconBuilder.Write(lexicon, writer, "ANT v2.1 (../shared/data/" + Corpus + ", Apache-2.0)", articles, counts.Count);
        Assert.True(lexicon.ExceptionCount > 1000, $"only {lexicon.ExceptionCount} exceptions learned from {articles} articles");
    }
}
