using Hadath.Text;

namespace Hadath.Tests.Text;

public class CliticLexiconTests
{
    [Fact]
    public void ShippedLexiconLoads() => Assert.InRange(CliticLexicon.Default.ExceptionCount, 1000, 20000);

    [Theory]
    [InlineData("وبموجبه", "و+ ب+ موجب +ه")]
    [InlineData("للجنة", "ل+ اللجنة")]     // the article's lam merged: the stem's own lam is written
    [InlineData("للحظر", "ل+ الحظر")]      // the article's lam written
    [InlineData("حكومتها", "حكومة +ها")]
    [InlineData("أبنائه", "أبناء +ه")]
    [InlineData("وزير", "وزير")]
    public void FormatAndParseRoundTrip(string token, string segmentation)
    {
        var pieces = CliticLexicon.Parse(token, segmentation);
        Assert.NotNull(pieces);
        Assert.Equal(segmentation, CliticLexicon.Format(token, pieces));
    }

    [Theory]
    [InlineData("وزير", "و+ زيرة")]   // spelling does not fit
    [InlineData("وزير", "و+ زي")]     // does not cover the token
    [InlineData("وزير", "")]
    public void ParseRejectsSegmentationsThatDoNotFit(string token, string segmentation) =>
        Assert.Null(CliticLexicon.Parse(token, segmentation));
}
