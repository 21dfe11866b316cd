using Hadath.Pipeline;
using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Tests.Tagging;

public class NerStageTests
{
    // A tagger trained in the test on a toy corpus, so the test needs no committed model: "Macron visited
    // (to) Beirut", in several orders, with and without the preposition lam glued to the city.
    private static NamedEntityTagger ToyTagger()
    {
        string[][] sentences =
        [
            ["زار", "ماكرون", "بيروت", "أمس"], ["وصل", "ماكرون", "لبيروت"], ["قال", "ماكرون", "إن", "بيروت", "جميلة"],
            ["زار", "عون", "باريس"], ["وصل", "عون", "لباريس", "أمس"],
        ];
        string[][] tags =
        [
            ["O", "B-PER", "B-LOC", "O"], ["O", "B-PER", "B-LOC"], ["O", "B-PER", "O", "B-LOC", "O"],
            ["O", "B-PER", "B-LOC"], ["O", "B-PER", "B-LOC", "O"],
        ];
        string[] labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
        var features = new NerFeatures(WordClusters.Empty, new Gazetteer(["per"]), CorpusLexicon.Empty);
        var trainer = new PerceptronTrainer(labels) { Epochs = 5, Seed = 1 };
        for (var i = 0; i < sentences.Length; i++)
        {
            var buffer = new FeatureBuffer();
            features.Extract(sentences[i], buffer);
            trainer.Add(buffer, tags[i].Select(t => Array.IndexOf(labels, t)).ToArray());
        }
        return new NamedEntityTagger(trainer.Train(), null, features, "toy");
    }

    [Fact]
    public void MentionsPointIntoTheTextWithoutProclitics()
    {
        var text = "وصل ماكرون لبيروت أمس.";
        var document = new Document("d1", text);
        new AnalysisPipeline([.. TextPipeline.Stages(), new NerStage(ToyTagger())]).Process(document);
        DocumentInvariants.AssertValid(document);
        var mentions = document.Mentions.Select(m => $"{m.Type}:{m.Text}:{m.Range.Start}").ToArray();
        Assert.Contains($"PER:ماكرون:{text.IndexOf("ماكرون", StringComparison.Ordinal)}", mentions);
        // "to Beirut": the range starts after the lam, so it covers the name only.
        Assert.Contains($"LOC:بيروت:{text.IndexOf("بيروت", StringComparison.Ordinal)}", mentions);
        Assert.All(document.Mentions, m => Assert.Equal("ner-perceptron", m.Source));
    }

    [Fact]
    public void RequiresTokensAndSentences()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new AnalysisPipeline(new NerStage(ToyTagger())));
        Assert.Contains("ner-perceptron", error.Message);
    }
}
