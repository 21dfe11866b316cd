using Hadath.Events;
using Hadath.Text;

namespace Hadath.Tests.Events;

public class ArabicNumbersTests
{
    [Theory]
    [InlineData("17", 17)]
    [InlineData("1,400", 1400)]
    [InlineData("ثلاثة", 3)]        // three
    [InlineData("مئات", 100)]       // hundreds (vague) = 100 per GOLD_FORMAT.md
    [InlineData("عشرات", 12)]       // dozens = 12
    [InlineData("آلاف", 1000)]      // thousands = 1000
    [InlineData("عدة", 3)]          // several = 3
    [InlineData("ألفا", 1000)]      // accusative "a thousand"
    [InlineData("ثلاثا", 3)]        // accusative "three"
    [InlineData("قتيلا", null)]     // not a number
    public void ReadsDigitsWordsAndVagueCounts(string word, int? expected)
    {
        Assert.Equal(expected, ArabicNumbers.Parse(ArabicNormalizer.NormalizeKey(word)));
    }
}
