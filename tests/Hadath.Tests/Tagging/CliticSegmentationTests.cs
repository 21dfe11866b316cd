using Hadath.Tagging;

namespace Hadath.Tests.Tagging;

public class CliticSegmentationTests
{
    // proclitics, host (null = none), enclitic, host is a preposition, written token.
    [Theory]
    [InlineData("ل", "الحظر", "", false, "للحظر")]            // "for the ban": article alef drops after lam
    [InlineData("ل", "اللجنة", "", false, "للجنة")]           // "for the committee": alef and one lam drop
    [InlineData("", "حكومة", "ها", false, "حكومتها")]         // "her government": teh marbuta -> teh
    [InlineData("", "على", "ه", true, "عليه")]                // "on it": maksura -> yeh after a preposition
    [InlineData("", "مستوى", "ها", false, "مستواها")]         // "its level": maksura -> alef
    [InlineData("ل", null, "ه", false, "له")]                  // "for him": proclitic straight onto the pronoun
    [InlineData("وب", "المدينة", "", false, "وبالمدينة")]     // "and in the city"
    [InlineData("و", "قال", "", false, "وقال")]               // "and he said"
    public void GlueAndSplitAreInverses(string proclitics, string? host, string enclitic, bool preposition, string written)
    {
        var (surface, segmentation) = CliticSegmentation.Glue(proclitics, host, enclitic, preposition);
        Assert.Equal(written, surface);
        var expected = proclitics.Select(c => c.ToString()).Concat(host is null ? [] : [host]).Concat(enclitic.Length > 0 ? [enclitic] : []);
        Assert.Equal(expected, segmentation.Split(surface));
        Assert.Equal(segmentation, CliticSegmentation.Parse(segmentation.Name));
    }

    [Theory]
    [InlineData("و||", "قال")]       // no waw to strip
    [InlineData("|T|ها", "حكومة")]    // needs a teh before the enclitic
    [InlineData("ل|L|", "لبنان")]     // restoring the article needs a second lam
    public void SplitRefusesSegmentationsThatDoNotFit(string label, string surface)
    {
        Assert.Null(CliticSegmentation.Parse(label).Split(surface));
    }

    [Fact]
    public void PadtWordsRebuildTokens()
    {
        // "and to the ban" + "her government" as PADT lists them: four clitic words and a pronoun.
        var words = new (UdWord, string)[]
        {
            (new UdWord("و", "CONJ", 1), "_"),
            (new UdWord("ل", "ADP", 2), "AdpType=Prep"),
            (new UdWord("الحظر", "NOUN", 3), "Case=Gen"),
            (new UdWord("حكومة", "NOUN", 4), "Case=Nom"),
            (new UdWord("ها", "PRON", 5), "Case=Gen|PronType=Prs"),
            (new UdWord("هو", "PRON", 6), "Case=Nom|PronType=Prs"),
        };
        var tokens = PadtTokens.Rebuild(words);
        Assert.Equal(["وللحظر", "حكومتها", "هو"], tokens.Select(t => t.Surface));
        Assert.Equal(["و", "ل", "الحظر"], tokens[0].Words.Select(w => w.Form));
        Assert.Equal(["حكومة", "ها"], CliticSegmentation.Parse(tokens[1].Segmentation).Split(tokens[1].Surface)!);
    }
}
