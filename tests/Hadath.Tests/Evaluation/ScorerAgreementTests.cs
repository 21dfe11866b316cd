using System.Text.Json;
using Hadath.Evaluation;
using Hadath.Output;

namespace Hadath.Tests.Evaluation;

/// <summary>
/// The C# scorer against shared/tools/score_articles.py on a committed pair: Data/gold-sample.jsonl (5 dev gold
/// articles) and Data/system-sample.jsonl (a seeded perturbation of them), with the Python output in
/// Data/expected-scores.json and Data/expected-table.txt. All four are written by Data/make_perturbed.py; rerun it
/// (and commit the result) whenever the Python scorer changes.
/// </summary>
public class ScorerAgreementTests
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Evaluation", "Data", name);

    private static ArticleScores ScoreFixture() =>
        ArticleScorer.Score(ArticleJson.ReadFile(DataFile("gold-sample.jsonl")), ArticleJson.ReadFile(DataFile("system-sample.jsonl")));

    [Fact]
    public void Every_count_and_figure_equals_python()
    {
        var scores = ScoreFixture();
        using var expected = JsonDocument.Parse(File.ReadAllText(DataFile("expected-scores.json")));
        var root = expected.RootElement;
        AssertPrf(root.GetProperty("entity_typed"), scores.EntityTyped, "entity_typed");
        AssertPrf(root.GetProperty("entity_name"), scores.EntityName, "entity_name");
        AssertPrf(root.GetProperty("entity_linked"), scores.EntityLinked, "entity_linked");
        AssertPrf(root.GetProperty("event"), scores.Event, "event");
        AssertPrf(root.GetProperty("quote"), scores.Quote, "quote");
        var args = root.GetProperty("event_args").EnumerateObject().ToList();
        Assert.Equal(args.Select(a => a.Name), scores.EventArgs.Named().Select(a => a.Key));
        foreach (var (name, value) in scores.EventArgs.Named())
        {
            var e = root.GetProperty("event_args").GetProperty(name);
            Assert.Equal(e.ValueKind == JsonValueKind.Null ? null : e.GetDouble(), value);
        }
        var types = root.GetProperty("event_by_type").EnumerateObject().ToList();
        Assert.Equal(types.Select(t => t.Name), scores.EventByType.Select(t => t.Key));
        foreach (var (t, actual) in types.Zip(scores.EventByType))
            AssertPrf(t.Value, actual.Value, t.Name);
        Assert.Equal(root.GetProperty("articles").GetInt32(), scores.Articles);
    }

    [Fact]
    public void Json_output_is_byte_identical_to_python() =>
        Assert.Equal(File.ReadAllText(DataFile("expected-scores.json")), ScoreReport.FormatJson(ScoreFixture()));

    [Fact]
    public void Table_output_is_byte_identical_to_python() =>
        Assert.Equal(File.ReadAllText(DataFile("expected-table.txt")), ScoreReport.FormatTable(ScoreFixture()));

    [Fact]
    public void Fixture_exercises_the_scorer_branches()
    {
        // Guards the fixture itself: a regenerated one must still have partial scores everywhere, not all 0 or 1.
        var s = ScoreFixture();
        foreach (var prf in new[] { s.EntityTyped, s.EntityName, s.EntityLinked, s.Event, s.Quote })
            Assert.True(prf.Tp > 0 && prf.Fp > 0 && prf.Fn > 0, $"{prf} lacks tp, fp or fn");
        Assert.True(s.EntityName.Tp > s.EntityLinked.Tp, "no match through Arabic mentions only");
        Assert.True(s.EntityName.Tp > s.EntityTyped.Tp, "no type disagreement");
        Assert.Contains(s.EventByType, t => t.Key == "?");
    }

    [Fact]
    public void Gold_against_itself_scores_one()
    {
        var gold = ArticleJson.ReadFile(DataFile("gold-sample.jsonl"));
        var s = ArticleScorer.Score(gold, gold);
        foreach (var prf in new[] { s.EntityTyped, s.EntityName, s.EntityLinked, s.Event, s.Quote })
        {
            Assert.Equal((1.0, 1.0, 1.0, 0, 0), (prf.P, prf.R, prf.F1, prf.Fp, prf.Fn));
        }
        Assert.All(s.EventArgs.Named(), a => Assert.Equal(1.0, a.Value));
    }

    private static void AssertPrf(JsonElement e, PrfScore actual, string what)
    {
        var expected = new PrfScore(e.GetProperty("p").GetDouble(), e.GetProperty("r").GetDouble(), e.GetProperty("f1").GetDouble(),
            e.GetProperty("tp").GetInt32(), e.GetProperty("fp").GetInt32(), e.GetProperty("fn").GetInt32());
        Assert.True(expected == actual, $"{what}: python {expected}, C# {actual}");
    }
}
