using Hadath.Events;
using Hadath.Text;

namespace Hadath.Tests.Events;

public class EventFilterTests
{
    private static string[] Keys(string text) => text.Split(' ').Select(w => ArabicNormalizer.NormalizeKey(w)).ToArray();

    [Theory]
    [InlineData("والقصف", "w:قصف")]                 // clitics stripped: "and the shelling"
    [InlineData("والقصف", "t:قصف")]                 // trigger identity
    [InlineData("والقصف", EventFilterFeatures.Bias)]
    public void ReadsTheTriggerWord(string word, string feature)
    {
        Assert.Contains(feature, EventFilterFeatures.Of(Keys(word), [(0, 1)]));
    }

    [Fact]
    public void ReadsOnlyTheWindowAroundTheTrigger()
    {
        // "one two three four five six seven eight shelling": only words within the window of the trigger count.
        var keys = Keys("واحد اثنان ثلاثة اربعة خمسة ستة سبعة ثمانية قصف");
        var features = EventFilterFeatures.Of(keys, [(8, 1)]);
        Assert.Contains("w:" + keys[2], features);       // six words before the trigger
        Assert.DoesNotContain("w:" + keys[1], features);  // seven words before
    }

    [Fact]
    public void LearnsASeparableWordAndIsDeterministic()
    {
        // Sentences with "قتل" (killed) are events, sentences with "ثورة" (revolution) are not.
        var data = Enumerable.Range(0, 40).Select(i => new EventFilterTrainer.Example(
            new HashSet<string> { EventFilterFeatures.Bias, i % 2 == 0 ? "w:قتل" : "w:ثوره" }, i % 2 == 0, true)).ToList();
        var options = new EventFilterTrainer.Options();
        var weights = EventFilterTrainer.Train(data, options);
        Assert.Equal(weights, EventFilterTrainer.Train(data, options));
        var filter = new EventFilter(new() { ["ASSAULT"] = weights }, new() { ["ASSAULT"] = 0.5 });
        Assert.True(filter.Accepts("ASSAULT", new HashSet<string> { EventFilterFeatures.Bias, "w:قتل" }));
        Assert.False(filter.Accepts("ASSAULT", new HashSet<string> { EventFilterFeatures.Bias, "w:ثوره" }));
        Assert.True(filter.Accepts("CONSULT", new HashSet<string> { EventFilterFeatures.Bias, "w:ثوره" })); // uncovered type passes
    }
}
