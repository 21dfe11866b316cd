using Hadath.Pipeline;
using Hadath.Text;

namespace Hadath.Tests.Pipeline;

public class TextPipelineTests
{
    [Fact]
    public void ProvidesTheTextLayers()
    {
        var pipeline = TextPipeline.Create();
        Assert.Equal(Layers.Normalized | Layers.Tokens | Layers.Words | Layers.Sentences, pipeline.Provides);
    }

    [Fact]
    public void AnalysesAnArticle()
    {
        var document = TextPipeline.Create().Process(Document.FromArticle("a1", "اشتباكات في السويداء",
            "وقال مسؤول إن ٢٥ شخصا قتلوا. وأضاف أن المحادثات ستستأنف في باريس.", new DateOnly(2025, 7, 20)));
        DocumentInvariants.AssertValid(document);
        Assert.Equal(3, document.Sentences.Count);   // the headline, then two sentences
        Assert.Contains(document.Words, w => w.Form == "تستانف" && w.Role == WordRole.Stem);
    }

    [Fact]
    public void StagesOutOfOrderFailWhenBuilt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new AnalysisPipeline(new TokenizationStage(), new NormalizationStage()));
        Assert.Contains("Normalized", error.Message);
    }

    [Fact]
    public void SentenceStageNeedsOnlyTokens()
    {
        var stage = new SentenceStage();
        Assert.Equal(Layers.Tokens, stage.Requires);
        Assert.Equal(Layers.Sentences, stage.Provides);
    }

    [Fact]
    public void EachStageOutputIsValid()
    {
        const string text = "قال الرئيس\u200F: «نعم». ثم غادر.";
        var document = new Document("d", text);
        foreach (var stage in TextPipeline.Stages())
        {
            stage.Process(document);
            DocumentInvariants.AssertValid(document);
        }
    }
}
