using Hadath.Text;

namespace Hadath.Tests.Text;

public class TokenizerTests
{
    private static string Describe(string text)
    {
        var result = Tokenizer.Default.Tokenize(text);
        return string.Join(" | ", result.Tokens.Select(t => $"{t.Range.Slice(text)}:{t.Kind}"));
    }

    // One row per rule: input, expected tokens as text:kind.
    [Theory]
    [InlineData("قال الرئيس", "قال:Arabic | الرئيس:Arabic")]
    [InlineData("نعم، لا؛ لماذا؟", "نعم:Arabic | ،:Punctuation | لا:Arabic | ؛:Punctuation | لماذا:Arabic | ؟:Punctuation")]
    [InlineData("12.5 و1,000", "12.5:Number | و:Arabic | 1,000:Number")]                       // decimals and thousands stay whole
    [InlineData("١٢٫٥ ١٬٠٠٠ ۱۲", "١٢٫٥:Number | ١٬٠٠٠:Number | ۱۲:Number")]                    // Arabic-Indic and Persian digits
    [InlineData("في 12.7.2025.", "في:Arabic | 12.7.2025:Number | .:Punctuation")]               // a dotted date, then the full stop
    [InlineData("2025م", "2025:Number | م:Arabic")]                                              // year + "AD"
    [InlineData("G20 و5G", "G20:Latin | و:Arabic | 5G:Latin")]
    [InlineData("don't", "don't:Latin")]
    [InlineData("“نعم” «لا»", "“:Punctuation | نعم:Arabic | ”:Punctuation | «:Punctuation | لا:Arabic | »:Punctuation")]
    [InlineData("انتهى... حقا؟!", "انتهى:Arabic | ...:Punctuation | حقا:Arabic | ؟!:Punctuation")] // runs of final marks
    [InlineData("50% $5", "50:Number | %:Symbol | $:Symbol | 5:Number")]
    [InlineData("قـــال", "قـــال:Arabic")]                                                    // tatweel stays inside the word
    [InlineData("أَحْمَدُ", "أَحْمَدُ:Arabic")]                                                 // "Ahmad" vowelled: harakat inside
    [InlineData("وقا\u200Dل", "وقا\u200Dل:Arabic")]                                            // ZWJ is not a separator
    [InlineData("\u200Fقال\u200E", "قال:Arabic")]                                              // bidi marks are not tokens
    [InlineData("القاهرة ـ قال", "القاهرة:Arabic | ـ:Punctuation | قال:Arabic")]              // a lone tatweel is a dash
    [InlineData("قال😀", "قال:Arabic | 😀:Symbol")]                                             // a surrogate pair is one token
    [InlineData("\uFEFB\uFDF2", "\uFEFB\uFDF2:Arabic")]                                        // presentation forms are letters
    [InlineData("Мир", "Мир:Other")]
    public void SplitsSurfaceTokens(string text, string expected) => Assert.Equal(expected, Describe(text));

    [Fact]
    public void WordsCarryMatchingFormsAndOriginalRanges()
    {
        const string text = "وَقَالَ للجنة";   // "and he said" vowelled, "to the committee"
        var result = Tokenizer.Default.Tokenize(text);
        var words = result.Words.Select(w => (w.Range.Slice(text), w.Form, w.Role)).ToArray();
        Assert.Equal(("وَ", "و", WordRole.Proclitic), words[0]);
        Assert.Equal(("قَالَ", "قال", WordRole.Stem), words[1]);   // the final fatha belongs to the stem
        Assert.Equal(("ل", "ل", WordRole.Proclitic), words[2]);
        Assert.Equal(WordRole.Stem, words[3].Role);
        Assert.Equal("لجنة", words[3].Item1);
    }

    [Fact]
    public void ArticleAfterLiIsSpelledInTheForm()
    {
        var result = Tokenizer.Default.Tokenize("للحكومة");   // li + al-hukuma "for the government"
        Assert.Equal(["ل", "الحكومه"], result.Words.Select(w => w.Form));
        Assert.Equal(new TextRange(1, 7), result.Words[1].Range);
    }

    [Fact]
    public void PresentationFormsMapBackToTheirCharacter()
    {
        const string text = "و\uFEFB";   // wa + lam-alef ligature: "and no"
        var result = Tokenizer.Default.Tokenize(text);
        Assert.Single(result.Tokens);
        Assert.Equal(new TextRange(0, 2), result.Tokens[0].Range);
        Assert.All(result.Words, w => Assert.True(w.Range.End <= 2));
        Assert.Equal("لا", result.Words[^1].Form);
    }

    [Fact]
    public void CutInsideALigatureIsDropped()
    {
        // ﻟﻠ written as two presentation forms is fine, but ﷲ (Allah, one character) must never be cut in two.
        var result = Tokenizer.Default.Tokenize("ل\uFDF2");
        var ranges = result.Words.Select(w => w.Range).ToArray();
        for (var i = 1; i < ranges.Length; i++) Assert.True(ranges[i].Start >= ranges[i - 1].End);
    }

    [Fact]
    public void ViewFromAnotherTextIsRejected()
    {
        var view = ArabicNormalizer.Normalize("abc");
        Assert.Throws<ArgumentException>(() => Tokenizer.Default.Tokenize("abcd", view));
    }

    [Fact]
    public void ACustomSegmenterIsUsedForArabicTokens()
    {
        var tokenizer = new Tokenizer(new EveryLetterSegmenter());
        var result = tokenizer.Tokenize("قال 12");
        Assert.Equal(4, result.Words.Count);   // ق ا ل + the number
        Assert.Equal(3, result.Tokens[0].WordCount);
    }

    private sealed class EveryLetterSegmenter : IWordSegmenter
    {
        public string Name => "every-letter";

        public int Segment(ReadOnlySpan<char> letters, Span<WordPiece> pieces)
        {
            var n = Math.Min(letters.Length, pieces.Length);
            for (var i = 0; i < n; i++)
                pieces[i] = new WordPiece(i, i == n - 1 ? letters.Length - i : 1, i == 0 ? WordRole.Stem : WordRole.Enclitic);
            return n;
        }
    }
}
