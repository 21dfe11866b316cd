using Hadath.Text;

namespace Hadath.Tests.Text;

public class CliticSegmenterTests
{
    private static string Segment(string token)
    {
        var pieces = new WordPiece[WordPiece.MaxPerToken];
        var n = CliticSegmenter.Default.Segment(token, pieces);
        return CliticLexicon.Format(token, pieces.AsSpan(0, n));
    }

    // One row per rule or listed word: token, expected segmentation (proclitic+, stem, +enclitic).
    [Theory]
    [InlineData("وقال", "و+ قال")]                     // and + said
    [InlineData("فقال", "ف+ قال")]                     // so + said
    [InlineData("بالمفاوضات", "ب+ المفاوضات")]         // with + the negotiations (article stays)
    [InlineData("كالعادة", "ك+ العادة")]               // as + usual
    [InlineData("للحكومة", "ل+ الحكومة")]              // for + the government, alef restored in the spelling
    [InlineData("وبالتالي", "و+ ب+ التالي")]           // and + thus
    [InlineData("سيعلن", "س+ يعلن")]                   // will + announce
    [InlineData("ستستأنف", "س+ تستأنف")]               // will + resume
    [InlineData("سلام", "سلام")]                       // peace: س not before an imperfect prefix
    [InlineData("حكومتها", "حكومة +ها")]               // her government: ت spelled ة again
    [InlineData("قواتهم", "قوات +هم")]                 // their forces: plural ت kept
    [InlineData("أبنائهم", "أبناء +هم")]               // their sons: hamza seat respelled
    [InlineData("وزارتهما", "وزارة +هما")]             // their (dual) ministry, not و + زارة
    [InlineData("له", "ل +ه")]                          // to him
    [InlineData("فيها", "في +ها")]                     // in it
    [InlineData("منكم", "من +كم")]                     // from you (pl.): second person after a particle
    [InlineData("عليه", "علي +ه")]                     // on him
    [InlineData("لكنه", "لكن +ه")]                     // but he
    [InlineData("وهذه", "و+ هذه")]                     // and this: not و + هذ + ه
    [InlineData("ولكن", "و+ لكن")]
    [InlineData("لذلك", "ل+ ذلك")]                     // for that: listed word after a preposition
    [InlineData("بما", "ب+ ما")]
    [InlineData("كما", "كما")]                         // as: a function word, not ك + ما
    [InlineData("كان", "كان")]                         // was
    [InlineData("بين", "بين")]                         // between
    [InlineData("وزير", "وزير")]                       // minister: learned, not و + زير
    [InlineData("لبنان", "لبنان")]                     // Lebanon: learned
    [InlineData("فرنسا", "فرنسا")]                     // France: learned
    [InlineData("بيان", "بيان")]                       // statement: learned
    [InlineData("سوريا", "سوريا")]                     // Syria
    [InlineData("وللبنان", "و+ ل+ لبنان")]            // the listed word protects the inner part
    [InlineData("عربي", "عربي")]                       // nisba ي is not the pronoun "my"
    [InlineData("أطلقنا", "أطلقنا")]                   // verb subject نا stays
    [InlineData("الحكومة", "الحكومة")]                 // the article is never split off
    [InlineData("والحكومة", "و+ الحكومة")]
    public void SegmentsTokens(string token, string expected) => Assert.Equal(expected, Segment(token));

    [Fact]
    public void EmptyInputGivesNoPieces() => Assert.Equal(0, CliticSegmenter.Default.Segment("", new WordPiece[WordPiece.MaxPerToken]));

    [Theory]
    [InlineData("وبموجبه")]
    [InlineData("ولحكومتهم")]
    [InlineData("للاجئين")]
    [InlineData("لله")]
    public void PiecesTileTheToken(string token)
    {
        var pieces = new WordPiece[WordPiece.MaxPerToken];
        var n = CliticSegmenter.Default.Segment(token, pieces);
        var position = 0;
        foreach (var p in pieces.AsSpan(0, n))
        {
            Assert.Equal(position, p.Start);
            position += p.Length;
        }
        Assert.Equal(token.Length, position);
    }
}
