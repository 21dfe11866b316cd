using Hadath.Tagging;

namespace Hadath.Tests.Tagging;

public class PerceptronTrainerTests
{
    // Synthetic task that needs both emission and transition weights: a word "x" is tagged B after "start"
    // and I after a B or I; everything else is O. Features: a bias and the word only, so the B/I choice must
    // come from the previous label through Viterbi.
    private static readonly string[] Labels = ["O", "B", "I"];

    private static (string[] Words, int[] Gold) Example(SplitMix64 rng)
    {
        var words = new List<string>();
        var gold = new List<int>();
        var length = 3 + rng.NextInt(6);
        while (words.Count < length)
        {
            if (rng.NextInt(3) == 0)
            {
                words.Add("start"); gold.Add(0);
                var run = 1 + rng.NextInt(3);
                for (var k = 0; k < run; k++) { words.Add("x"); gold.Add(k == 0 ? 1 : 2); }
            }
            else { words.Add("w" + rng.NextInt(5)); gold.Add(0); }
        }
        return ([.. words], [.. gold]);
    }

    private static FeatureBuffer Features(string[] words)
    {
        var buffer = new FeatureBuffer();
        foreach (var w in words)
        {
            buffer.BeginPosition();
            buffer.Add(FeatureHash.Of(0, 0));
            buffer.Add(FeatureHash.Of(1, w));
        }
        return buffer;
    }

    internal static PerceptronModel Train(ulong seed, int sentences = 200)
    {
        var rng = new SplitMix64(42);
        var trainer = new PerceptronTrainer(Labels) { Epochs = 5, Seed = seed };
        for (var i = 0; i < sentences; i++)
        {
            var (words, gold) = Example(rng);
            trainer.Add(Features(words), gold);
        }
        return trainer.Train();
    }

    [Fact]
    public void LearnsLabelsThatDependOnThePreviousLabel()
    {
        var model = Train(seed: 1);
        var rng = new SplitMix64(7); // unseen sentences
        for (var i = 0; i < 50; i++)
        {
            var (words, gold) = Example(rng);
            var predicted = new int[words.Length];
            model.Decode(Features(words), predicted);
            Assert.True(gold.SequenceEqual(predicted), string.Join(' ', words) + " => " + string.Join(' ', predicted));
        }
    }

    [Fact]
    public void SameSeedGivesSameModelBytes()
    {
        Assert.Equal(Bytes(Train(seed: 3)), Bytes(Train(seed: 3)));
    }

    [Fact]
    public void ModelRoundTripsThroughItsFile()
    {
        var model = Train(seed: 5);
        var path = Path.Combine(Path.GetTempPath(), $"hadath-test-{Guid.NewGuid():N}.bin");
        try
        {
            ModelFile.Write(path, "test", [("model", ModelFile.Section(model.Write))]);
            var sections = ModelFile.Read(path, "test");
            using var reader = ModelFile.Open(sections, "model", path);
            var loaded = PerceptronModel.Read(reader, path);
            Assert.Equal(Bytes(model), Bytes(loaded));
            var words = new[] { "w1", "start", "x", "x", "w2" };
            var a = new int[words.Length];
            var b = new int[words.Length];
            model.Decode(Features(words), a);
            loaded.Decode(Features(words), b);
            Assert.Equal(a, b);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void WrongKindOrTruncatedFileFailsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hadath-test-{Guid.NewGuid():N}.bin");
        try
        {
            ModelFile.Write(path, "ner", [("model", ModelFile.Section(Train(seed: 1).Write))]);
            var wrongKind = Assert.Throws<InvalidDataException>(() => ModelFile.Read(path, "ud"));
            Assert.Contains(path, wrongKind.Message);
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            var truncated = Assert.Throws<InvalidDataException>(() => ModelFile.Read(path, "ner"));
            Assert.Contains(path, truncated.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void CandidateListsRestrictDecoding()
    {
        var model = Train(seed: 1);
        var buffer = new FeatureBuffer();
        buffer.BeginPosition([0]); // "x" would be B, but only O is allowed here
        buffer.Add(FeatureHash.Of(0, 0));
        buffer.Add(FeatureHash.Of(1, "x"));
        var output = new int[1];
        model.Decode(buffer, output);
        Assert.Equal(0, output[0]);
    }

    private static byte[] Bytes(PerceptronModel model) => ModelFile.Section(model.Write);
}
