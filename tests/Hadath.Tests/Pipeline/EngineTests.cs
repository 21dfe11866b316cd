using System.Text.Json;
using Hadath.Output;
using Hadath.Pipeline;
using Hadath.Tests.Text;
using Hadath.Text;

namespace Hadath.Tests.Pipeline;

/// <summary>The whole default engine: hostile input stays valid, and the reference article yields its events.</summary>
public class EngineTests
{
    private static readonly HadathEngine Engine = HadathEngine.CreateDefault();

    [Theory]
    [MemberData(nameof(NaughtyTextTests.NaughtyStrings), MemberType = typeof(NaughtyTextTests))]
    public void NaughtyStringsGiveValidDocumentsThroughEveryStage(string name, string text)
    {
        var document = Engine.Analyze(new ArticleRecord { Id = name, Text = text, Published = "2025-07-25" });
        Assert.Equal(Engine.Pipeline.Provides, document.Present);
        DocumentInvariants.AssertValid(document);
    }

    [Fact]
    public void WrongStageOrderFailsNamingWhatIsMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new AnalysisPipeline(new Hadath.Events.EventExtractionStage()));
        Assert.Contains("Tokens", error.Message);
        Assert.Contains("events.lexicon-v1", error.Message);
    }

    private static Document Reference()
    {
        var line = File.ReadAllLines(Path.Combine(SharedData.RepositoryRoot(), "tests", "golden", "seed-paris-talks.jsonl"))[0];
        return Engine.Analyze(ArticleJson.ParseLine(line, "seed-paris-talks.jsonl", 1));
    }

    /// <summary>The events issue "Foundation" names: the Paris meeting, the Suwayda clashes, the Israeli air strikes.</summary>
    [Fact]
    public void ReferenceArticleYieldsItsMeetingClashesAndStrikes()
    {
        var document = Reference();
        DocumentInvariants.AssertValid(document);
        var events = document.Events.Where(e => !e.Hypothetical && !e.Historical && !e.Negated).ToList();

        var meeting = Assert.Single(events, e => e.Type == "CONSULT" && e.Location?.Name == "Paris");
        Assert.Equal("2025-07-24", meeting.Date); // "يوم الخميس" before a Friday publication

        var clashes = Assert.Single(events, e => e.Type == "ASSAULT" && e.Location?.Name == "Suwayda" && e.Size.Dead == 100);
        Assert.Contains("اشتباكات", document.Slice(clashes.Evidence)); // "clashes"

        var strikes = events.Where(e => e is { Type: "ASSAULT", Mode: "aerial" } && e.Actors.Any(a => a.Country == "ISR")).ToList();
        Assert.NotEmpty(strikes);
        foreach (var e in document.Events)
            Assert.Contains(document.Slice(e.Trigger), document.Slice(e.Evidence));
    }

    /// <summary>
    /// Golden output of the reference article (tests/golden/seed-paris-talks.expected.jsonl, GOLD_FORMAT schema): any change
    /// to what the engine extracts shows up here. Set HADATH_UPDATE_GOLDEN=1 to rewrite the file after a deliberate change.
    /// </summary>
    [Fact]
    public void ReferenceArticleMatchesGoldenOutput()
    {
        var actual = ArticleJson.ToLine(ArticleExport.ToRecord(Reference()));
        var path = Path.Combine(SharedData.RepositoryRoot(), "tests", "golden", "seed-paris-talks.expected.jsonl");
        if (Environment.GetEnvironmentVariable("HADATH_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, actual + "\n");
        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with HADATH_UPDATE_GOLDEN=1.");
        var expected = File.ReadAllText(path).TrimEnd('\n');
        Assert.Equal(Pretty(expected), Pretty(actual));
    }

    /// <summary>One field per line, so a failing comparison shows which fact changed.</summary>
    private static string Pretty(string json) =>
        JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, new JsonSerializerOptions(ArticleJson.Options) { WriteIndented = true });
}
