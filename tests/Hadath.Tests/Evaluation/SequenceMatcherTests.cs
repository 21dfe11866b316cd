using Hadath.Evaluation;

namespace Hadath.Tests.Evaluation;

public class SequenceMatcherTests
{
    // Expected blocks ("a,b,size" triples, sentinel last) and totals produced with Python 3.11:
    //   m = difflib.SequenceMatcher(None, a, b, autojunk=False); list(m.get_matching_blocks())
    [Theory]
    [InlineData("abxcd", "abcd", "0,0,2 3,2,2 5,4,0", 4)]
    [InlineData(" abcd", "abcd abcd", "0,4,5 5,9,0", 5)]                                   // earliest in a wins
    [InlineData("ab", "c", "2,1,0", 0)]
    [InlineData("", "", "0,0,0", 0)]
    [InlineData("aaaa", "aa", "0,0,2 4,2,0", 2)]
    [InlineData("abcabcabc", "cbacbacba", "0,2,1 1,4,1 2,6,1 3,8,1 9,9,0", 4)]            // many equal ties
    [InlineData("qabxcd", "abycdf", "1,0,2 4,3,2 6,6,0", 4)]
    [InlineData("the quick brown fox", "the quack brown box", "0,0,6 7,7,9 17,17,2 19,19,0", 17)]
    [InlineData("ababab", "bababa", "0,1,5 6,6,0", 5)]
    [InlineData("mississippi", "missouri", "0,0,4 4,7,1 11,8,0", 5)]
    // "our aim was dialogue and de-escalation" against a shortened, hamza-less version
    [InlineData("كان هدفنا هو الحوار وإزالة التصعيد", "هدفنا الحوار وازالة التصعيد", "4,0,5 12,5,9 22,15,12 34,27,0", 26)]
    [InlineData("قال إن الهجوم", "الهجوم قال إن", "0,7,6 13,13,0", 6)]                   // "he said the attack", reordered
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy", "yxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "0,1,30 31,31,0", 30)]
    [InlineData("a\U0001F600b", "\U0001F600ab", "0,1,1 2,2,1 3,3,0", 2)]                  // indices count code points
    public void Matching_blocks_equal_difflib(string a, string b, string expected, int total)
    {
        var matcher = SequenceMatcher.ForStrings(a, b);
        var blocks = string.Join(' ', matcher.GetMatchingBlocks().Select(m => $"{m.A},{m.B},{m.Size}"));
        Assert.Equal(expected, blocks);
        Assert.Equal(total, matcher.MatchedCount());
    }
}
