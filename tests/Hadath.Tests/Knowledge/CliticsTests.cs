using Hadath.Knowledge;

namespace Hadath.Tests.Knowledge;

public class CliticsTests
{
    [Theory]
    [InlineData("للدروز", "الدروز", 1)]     // "for the Druze": ل + ال with the alef elided
    [InlineData("والدروز", "الدروز", 1)]    // "and the Druze"
    [InlineData("وللدروز", "الدروز", 2)]    // "and for the Druze"
    [InlineData("بالحديدة", "الحديده", 1)]  // "in Hodeidah" (exact keys fold teh marbuta)
    [InlineData("لسوريا", "سوريا", 1)]      // "to Syria"
    [InlineData("وحلب", "حلب", 1)]          // "and Aleppo"
    [InlineData("فإسرائيل", "اسراييل", 1)]  // "so Israel"
    public void ProcliticsAreStripped(string word, string stem, int prefix) =>
        Assert.Contains((stem, prefix), Clitics.Stems(NameKeys.Exact(word)));

    [Theory]
    [InlineData("بلد")]    // too short: "بلد" is a word, not ب + لد
    [InlineData("Sweida")] // Latin words have no Arabic clitics
    public void ShortAndLatinWordsStayWhole(string word) =>
        Assert.Equal([(NameKeys.Exact(word), 0)], Clitics.Stems(NameKeys.Exact(word)));

    [Fact]
    public void TheWholeWordIsTriedFirst() => Assert.Equal((NameKeys.Exact("لبنان"), 0), Clitics.Stems(NameKeys.Exact("لبنان"))[0]);
}
