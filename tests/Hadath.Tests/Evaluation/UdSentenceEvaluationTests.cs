using Hadath.Evaluation;
using Hadath.Pipeline;
using Hadath.Text;

namespace Hadath.Tests.Evaluation;

/// <summary>A fact that runs only when the UD Arabic-PADT files are present in ../shared/data.</summary>
public sealed class PadtFactAttribute : FactAttribute
{
    public PadtFactAttribute()
    {
        if (SharedData.Find(UdSentenceEvaluationTests.PadtDev) is null) Skip = $"../shared/data/{UdSentenceEvaluationTests.PadtDev} is not present.";
    }
}

public class UdSentenceEvaluationTests
{
    internal const string PadtDev = "ud-padt/v1.2-release-dev-test/ar-ud-dev.conllu";

    // Two PADT-style sentences of one document: vowelled forms, clitics as separate words, no # text.
    private const string Sample = """
        # sent_id s-p1
        # orig_file_sentence AFP_TEST.0001#1
        1	سُلُطَاتُ	_	NOUN	N------P1R	_	0	root	_	_
        2	تُعلِنُ	_	VERB	VIIA-3FS--	_	1	dep	_	_
        3	بِ	_	ADP	P---------	_	4	case	_	_
        4	اَلحَظرِ	_	NOUN	N------S2D	_	2	nmod	_	_

        # sent_id s-p2
        # orig_file_sentence AFP_TEST.0001#2
        1	وَ	_	CONJ	C---------	_	0	root	_	_
        2	قَالَ	_	VERB	VP-A-3MS--	_	1	dep	_	_
        3	لِ	_	ADP	P---------	_	4	case	_	_
        4	اَلحُكُومَةِ	_	NOUN	N------S2D	_	2	nmod	_	_
        5	إِنَّ	_	CONJ	C---------	_	2	mark	_	_
        6	حُكُومَةَ	_	NOUN	N------S4R	_	5	nsubj	_	_
        7	هَا	_	PRON	SP---3FS2-	_	6	nmod	_	_
        8	"	_	PUNCT	G---------	_	9	punct	_	_
        9	مُستَعِدَّةٌ	_	ADJ	A-----FS1I	_	5	dep	_	_
        10	"	_	PUNCT	G---------	_	9	punct	_	_
        11	.	_	PUNCT	G---------	_	1	punct	_	_

        """;

    private static IReadOnlyList<ConlluSentence> ReadSample() => ConlluReader.Read(new StringReader(Sample.Replace("        ", "")), "sample");

    [Theory]
    [InlineData(SentenceJoin.Space, "سلطات تعلن بالحظر وقال للحكومة إن حكومتها \"مستعدة\".")]
    [InlineData(SentenceJoin.NewlineAfterUnterminated, "سلطات تعلن بالحظر\nوقال للحكومة إن حكومتها \"مستعدة\".")]
    public void RebuildsTextWithCliticsGlued(SentenceJoin join, string expected)
    {
        var document = Assert.Single(PadtTextReconstruction.Reconstruct(ReadSample(), join));
        Assert.Equal("AFP_TEST.0001", document.Id);
        Assert.Equal(expected, document.Text);
        Assert.Equal(2, document.Sentences.Count);
    }

    [Fact]
    public void GoldWordsPointIntoTheRebuiltText()
    {
        var document = PadtTextReconstruction.Reconstruct(ReadSample(), SentenceJoin.Space)[0];
        var words = document.Tokens.SelectMany(t => t.Words).Select(r => r.Slice(document.Text)).ToArray();
        Assert.Equal(["سلطات", "تعلن", "ب", "الحظر", "و", "قال", "ل", "لحكومة", "إن", "حكومت", "ها", "\"", "مستعدة", "\"", "."], words);
    }

    [Fact]
    public void ScoresAPerfectMatchAsOne()
    {
        var documents = PadtTextReconstruction.Reconstruct(ReadSample(), SentenceJoin.NewlineAfterUnterminated);
        var scores = UdSentenceEvaluation.Evaluate(documents, TextPipeline.Create());
        Assert.Equal(1.0, scores.Sentences.F1);
        Assert.Equal(1.0, scores.Words.F1);
    }

    [Fact]
    public void ReaderNamesFileAndLineOfABadRow()
    {
        var error = Assert.Throws<InvalidDataException>(() => ConlluReader.Read(new StringReader("# sent_id x\n1\tonly three\tcolumns\n"), "bad.conllu"));
        Assert.Contains("bad.conllu line 2", error.Message);
    }

    /// <summary>Floors on PADT dev, well under the measured figures (segmentation 97.9, sentences 86.6 with newline joins).</summary>
    [PadtFact]
    public void PadtDevStaysAboveFloors()
    {
        var sentences = ConlluReader.Read(SharedData.Find(PadtDev)!);
        var scores = UdSentenceEvaluation.Evaluate(PadtTextReconstruction.Reconstruct(sentences, SentenceJoin.NewlineAfterUnterminated), TextPipeline.Create());
        Assert.True(scores.ArabicWords.F1 > 0.96, $"Arabic word F1 {scores.ArabicWords.F1:P2}");
        Assert.True(scores.Sentences.F1 > 0.80, $"sentence F1 {scores.Sentences.F1:P2}");
    }
}
