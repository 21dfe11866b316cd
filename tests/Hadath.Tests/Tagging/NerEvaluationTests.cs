using Hadath.Cli.Commands;
using Hadath.Tagging;

namespace Hadath.Tests.Tagging;

public class NerEvaluationTests
{
    // Hand-checked against conlleval's rules: gold chunks PER[a b], ORG[d e], LOC[g] (I- after O opens a chunk);
    // predicted PER[a b], LOC[c], ORG[d], LOC[g]. Correct: PER and the LOC at g = 2 of 4 found, 2 of 3 gold.
    private const string Sample = """
        a X B-PER B-PER
        b X I-PER I-PER
        c X O B-LOC
        d X B-ORG B-ORG
        e X I-ORG O
        f X O O
        g X I-LOC I-LOC
        """;

    [Fact]
    public void ScoresLikeConlleval()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hadath-eval-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, Sample);
            var evaluation = EvalNerCommand.Evaluate(path, CommandArgs.Parse([], []));
            var (p, r, f) = evaluation.Score();
            Assert.Equal(50.00, p, 2);
            Assert.Equal(66.67, r, 2);
            Assert.Equal(57.14, f, 2);
            Assert.Equal(100.0, evaluation.Score("PER").F1, 2);
            Assert.Equal(66.67, evaluation.Score("LOC").F1, 2);
            Assert.Equal(0.0, evaluation.Score("ORG").F1, 2);
            Assert.Equal(5, evaluation.CorrectTags);
            Assert.Contains("accuracy:  71.43%; precision:  50.00%; recall:  66.67%; FB1:  57.14", evaluation.Format());
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData(new[] { "B-PER", "I-PER", "O" }, "PER 0-2")]
    [InlineData(new[] { "I-LOC", "I-LOC" }, "LOC 0-2")]                 // IOB1-style start
    [InlineData(new[] { "B-ORG", "I-LOC" }, "ORG 0-1,LOC 1-2")]          // type change opens a chunk
    [InlineData(new[] { "B-PER", "B-PER" }, "PER 0-1,PER 1-2")]
    [InlineData(new[] { "O", "O" }, "")]
    public void ChunksFollowConllevalRules(string[] tags, string expected)
    {
        var spans = EntitySpans.FromTags(tags).Select(s => $"{s.Type} {s.Start}-{s.End}");
        Assert.Equal(expected, string.Join(",", spans));
    }

    [Fact]
    public void RepairTurnsStrayInsideTagsIntoBeginnings()
    {
        Assert.Equal(["B-PER", "I-PER", "B-LOC", "O", "B-ORG"],
            NamedEntityTagger.Repair(["I-PER", "I-PER", "I-LOC", "O", "I-ORG"]));
    }
}
