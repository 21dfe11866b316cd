using Hadath.Text;

namespace Hadath.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var tokens = Tokenizer.Default.Tokenize(text).Tokens;
        return SentenceSplitter.Default.Split(text, tokens).Select(s => s.Range.Slice(text)).ToArray();
    }

    // One row per rule: text, expected sentences joined by " ‖ ".
    [Theory]
    [InlineData("قال الرئيس. وأضاف الوزير.", "قال الرئيس. ‖ وأضاف الوزير.")]
    [InlineData("هل انتهى؟ نعم! انتهى", "هل انتهى؟ ‖ نعم! ‖ انتهى")]                                  // Arabic and Latin marks
    [InlineData("انتظروا… ثم رحلوا", "انتظروا… ‖ ثم رحلوا")]                                         // ellipsis character
    [InlineData("عنوان بلا نقطة\nالنص يبدأ هنا.", "عنوان بلا نقطة ‖ النص يبدأ هنا.")]                // a newline ends a headline
    [InlineData("بلغت النسبة 12.5 في المئة.", "بلغت النسبة 12.5 في المئة.")]                         // decimal point
    [InlineData("وقع في 12.7.2025 هجوم.", "وقع في 12.7.2025 هجوم.")]                                 // dotted date
    [InlineData("قال د. أحمد إن الوضع صعب.", "قال د. أحمد إن الوضع صعب.")]                            // "Dr." before a name
    [InlineData("ولد عام 1950 م. وعاش في القاهرة.", "ولد عام 1950 م. ‖ وعاش في القاهرة.")]          // "AD" after a year ends it
    [InlineData("بني عام 300 ق.م. ثم هدم.", "بني عام 300 ق.م. ‖ ثم هدم.")]                          // "BC": no break inside ق.م
    [InlineData("قال مسؤول في U.S. Army إنه وصل.", "قال مسؤول في U.S. Army إنه وصل.")]               // Latin initialism
    [InlineData("غرد على موقع X. “كان الهجوم عنيفا”", "غرد على موقع X. ‖ “كان الهجوم عنيفا”")]      // X. then Arabic: a new sentence
    [InlineData("قال: “الوضع صعب. ننتظر الرد” وأضاف أمس.", "قال: “الوضع صعب. ننتظر الرد” وأضاف أمس.")] // quotation kept whole
    [InlineData("قال: «انتهى الأمر.» ثم غادر.", "قال: «انتهى الأمر.» ‖ ثم غادر.")]                   // the closing mark joins the end
    [InlineData("قال \"لا أؤيد ذلك.\" وغادر.", "قال \"لا أؤيد ذلك.\" ‖ وغادر.")]                       // ASCII quotes by spacing
    [InlineData("1. البند الأول", "1. البند الأول")]                                                // list number
    [InlineData("قال إن (...) الأمر انتهى.", "قال إن (...) الأمر انتهى.")]                            // elision mark
    [InlineData("زار الموقع www.example.com أمس.", "زار الموقع www.example.com أمس.")]               // dotted address
    public void SplitsSentences(string text, string expected) => Assert.Equal(expected, string.Join(" ‖ ", Split(text)));

    [Fact]
    public void VeryLongQuotationsAreSplitAtTheirOwnSentenceEnds()
    {
        var inner = string.Concat(Enumerable.Repeat("هذه جملة طويلة داخل الاقتباس. ", 40));
        var text = "قال: “" + inner + "”";
        Assert.True(Split(text).Length > 1);
        var splitter = new SentenceSplitter(maxQuotationLength: 100_000);
        Assert.Single(splitter.Split(text, Tokenizer.Default.Tokenize(text).Tokens));
    }

    [Fact]
    public void NoTokensNoSentences() => Assert.Empty(SentenceSplitter.Default.Split("", []));
}
