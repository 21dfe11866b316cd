using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Tests.Tagging;

public class UdEvaluationTests
{
    [Fact]
    public void AlignsWordsInsideTokensByForm()
    {
        // Gold: "and he said" = و/CONJ قال/VERB; "the president" = الرئيس/NOUN (one word).
        // System: right split but قال tagged NOUN; the article wrongly split off: ال/X رئيس/NOUN.
        var gold = new UdSentence("s1",
        [
            new UdToken("وقال", [new UdWord("و", "CONJ", 1), new UdWord("قال", "VERB", 2)], "و||"),
            new UdToken("الرئيس", [new UdWord("الرئيس", "NOUN", 3)], "||"),
        ]);
        AnalyzedWord[] system =
        [
            new("و", "CONJ", 0, WordRole.Proclitic), new("قال", "NOUN", 0, WordRole.Stem),
            new("ال", "X", 1, WordRole.Proclitic), new("رئيس", "NOUN", 1, WordRole.Stem),
        ];
        var evaluation = new UdEvaluation();
        evaluation.Add(gold, system);
        Assert.Equal((3, 4, 2, 1), (evaluation.GoldWords, evaluation.SystemWords, evaluation.AlignedWords, evaluation.CorrectUpos));
        Assert.Equal(57.14, evaluation.WordsF1, 2);        // 2*2 / (3+4)
        Assert.Equal(28.57, evaluation.UposF1, 2);         // 2*1 / (3+4)
        Assert.Equal(50.00, evaluation.AlignedUposAccuracy, 2);
    }

    [Fact]
    public void UnanalysedTokensAreScoredSeparatelyToo()
    {
        // PADT leaves some tokens whole and tagged X ("and club"); the subset score leaves them out.
        var gold = new UdSentence("s1",
        [
            new UdToken("ونادي", [new UdWord("ونادي", "X", 1, Unanalyzed: true)], "||"),
            new UdToken("قال", [new UdWord("قال", "VERB", 2)], "||"),
        ]);
        AnalyzedWord[] system = [new("و", "CONJ", 0, WordRole.Proclitic), new("نادي", "NOUN", 0, WordRole.Stem), new("قال", "VERB", 1, WordRole.Stem)];
        var evaluation = new UdEvaluation();
        evaluation.Add(gold, system);
        Assert.Equal(2 * 1 / 5.0 * 100, evaluation.WordsF1, 2);
        Assert.Equal(100.0, evaluation.AnalyzedOnly.WordsF1, 2);
        Assert.Equal(1, evaluation.AnalyzedOnly.Tokens);
    }
}
