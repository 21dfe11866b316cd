using Hadath.Text;

namespace Hadath.Tests.Text;

public class NormalizerTests
{
    // One row per rule: input, the only rule enabled, expected output.
    [Theory]
    [InlineData("\uFEFB", NormalizationRules.PresentationForms, "\u0644\u0627")]          // lam-alef ligature -> لا
    [InlineData("\uFE8D", NormalizationRules.PresentationForms, "\u0627")]                 // isolated alef form -> ا
    [InlineData("أإآٱ", NormalizationRules.AlefVariants, "اااا")]                          // hamza/madda/wasla alefs -> bare alef
    [InlineData("مسؤول رئيس", NormalizationRules.HamzaSeats, "مسوول رييس")]                // hamza seats -> plain letters
    [InlineData("مستشفى", NormalizationRules.AlefMaksura, "مستشفي")]                      // "hospital": ى -> ي
    [InlineData("مدينة", NormalizationRules.TehMarbuta, "مدينه")]                          // "city": ة -> ه
    [InlineData("أَحْمَدُ", NormalizationRules.Harakat, "أحمد")]                            // "Ahmad" vowelled -> bare
    [InlineData("قـــال", NormalizationRules.Tatweel, "قال")]                               // "said" stretched -> plain
    [InlineData("١٢٣٤", NormalizationRules.ArabicIndicDigits, "1234")]
    [InlineData("۱۲۳۴", NormalizationRules.PersianDigits, "1234")]
    [InlineData("\u200Fقال\u200E\u200D", NormalizationRules.BidiAndZeroWidth, "قال")]   // RLM, LRM, ZWJ removed
    [InlineData("نعم، لا؛ لماذا؟", NormalizationRules.ArabicPunctuation, "نعم, لا; لماذا?")]
    [InlineData("١٢٫٥", NormalizationRules.ArabicPunctuation | NormalizationRules.ArabicIndicDigits, "12.5")]
    [InlineData("کی", NormalizationRules.PersianLetters, "كي")]
    public void EachRuleRewritesOnlyWhatItNames(string input, NormalizationRules rule, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.Normalize(input, rule).Text);
        Assert.Equal(expected, ArabicNormalizer.NormalizeKey(input, rule));
    }

    [Fact]
    public void NoRulesLeavesTextAsIs()
    {
        const string text = "أَحْمَد ١٢ \uFEFB";
        Assert.Equal(text, ArabicNormalizer.Normalize(text, NormalizationRules.None).Text);
    }

    [Fact]
    public void DeletedMarksMapBackToTheWholeVowelledWord()
    {
        var view = ArabicNormalizer.Normalize("قال أَحْمَدُ", NormalizationRules.ForMatching);
        Assert.Equal("قال احمد", view.Text);
        Assert.Equal(new TextRange(4, 12), view.ToOriginal(4, 8));
    }

    [Fact]
    public void LigatureExpansionSharesOneOriginalCharacter()
    {
        var view = ArabicNormalizer.Normalize("\uFEFB", NormalizationRules.ForMatching);
        Assert.Equal(2, view.Text.Length);
        Assert.Equal(new TextRange(0, 1), view.ToOriginal(0, 1));
        Assert.Equal(new TextRange(0, 1), view.ToOriginal(1, 2));
        Assert.Equal(new TextRange(0, 1), view.ToOriginal(0, 2));
    }

    [Fact]
    public void EmptyRangesMapToTheNextOriginalPosition()
    {
        var view = ArabicNormalizer.Normalize("\u200Fab", NormalizationRules.ForMatching);
        Assert.Equal(new TextRange(1, 1), view.ToOriginal(0, 0));
        Assert.Equal(new TextRange(3, 3), view.ToOriginal(2, 2));
    }
}
