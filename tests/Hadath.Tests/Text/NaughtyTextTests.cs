using System.Diagnostics;
using System.Text;
using Hadath.Pipeline;
using Hadath.Text;

namespace Hadath.Tests.Text;

/// <summary>The text layer on hostile input: every document must come out valid (<see cref="DocumentInvariants"/>).</summary>
public class NaughtyTextTests
{
    public static TheoryData<string, string> NaughtyStrings => new()
    {
        { "empty", "" },
        { "whitespace only", " \t\n\r\n\u00A0\u2028 " },
        { "RLM and LRM around and inside words", "\u200Fقال\u200E الرئيس\u200F: \u200E“نعم”\u200F." },
        { "bidi embeddings and isolates", "\u202Bقال\u202C \u2067Paris\u2069 \u202Aok\u202C" },
        { "ZWJ and ZWNJ inside a word", "وقا\u200Dل ال\u200Cرئيس" },
        { "ZWJ between words only", "\u200D \u200C \u200D" },
        { "tatweel runs", "قـــــال الـــــرئيس ــــ وأضـــاف ـــ" },
        { "tatweel only", "ـــــــ" },
        { "harakat stacks", "أَحْمَدُ وَقَالَ ًٌٍَُِّْ بِالْمُفَاوَضَاتِ" },
        { "marks with no letter", "ً ٌ ٍ َ ُ ِ ّ ْ \u0301" },
        { "presentation forms", "\uFEFB \uFDF2 \uFEDF\uFEE0\uFE8E \uFDFA \uFDFD ﻻ ﷲ" },
        { "ligature that expands to several words", "قال \uFDFA ثم مضى." },
        { "Arabic-Indic digits and separators", "١٢٫٥ ١٬٠٠٠ ۱۲۳ 12.7.2025 ٪٥٠ 1,000.50" },
        { "mixed scripts", "قال Biden في Paris إن «السلام» 2025 مهم. Мир שלום 和平." },
        { "lone high surrogate", "قال \uD83D الرئيس" },
        { "lone low surrogate", "قال \uDE00 الرئيس" },
        { "surrogates reversed", "\uDE00\uD83D" },
        { "emoji with ZWJ and skin tone", "👨‍👩‍👧 👍🏽 🇸🇾 قال 😀." },
        { "emoji glued to Arabic", "قال😀الرئيس😀." },
        { "control characters", "قال\u0000\u0001\u001F الرئيس\u007F." },
        { "noncharacters", "\uFFFF\uFFFE قال" },
        { "combining marks on Latin", "cafe\u0301 re\u0301sume\u0301" },
        { "only punctuation", ".!?؟،؛…«»“”\"'()[]{}" },
        { "unbalanced quotes", "قال \"نعم. ثم « لا. ثم ” ربما. ثم \"" },
        { "abbreviations", "قال د. أحمد إن U.S. ق.م. X. “كان” م." },
        { "clitic-looking junk", "وو فف لل ببب سس ه ها هم ي ك وللل" },
        { "very long Arabic token", new string('\u0628', 500) + " " + string.Concat(Enumerable.Repeat("وال", 100)) },
        { "CRLF paragraphs", "قال الرئيس\r\n\r\nوأضاف الوزير\r\n" },
    };

    [Theory]
    [MemberData(nameof(NaughtyStrings))]
    public void NaughtyStringsGiveValidDocuments(string name, string text)
    {
        var document = TextPipeline.Create().Process(new Document(name, text));
        DocumentInvariants.AssertValid(document);
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    /// <summary>Random strings over an Arabic-heavy alphabet that includes every class of troublemaker.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomStringsGiveValidDocuments(int seed)
    {
        var random = new Random(seed);
        var text = RandomText(random, random.Next(0, 400));
        var document = TextPipeline.Create().Process(new Document($"random-{seed}", text));
        DocumentInvariants.AssertValid(document);
    }

    /// <summary>
    /// A 5 MB document must not make any stage quadratic. The bound is generous (a debug build on a shared
    /// machine); it is a guard against blow-ups, not a benchmark (those live in bench/).
    /// </summary>
    [Fact]
    public void FiveMegabyteDocumentFinishesInSeconds()
    {
        var random = new Random(5);
        var text = new StringBuilder(5_000_000);
        while (text.Length < 5_000_000)
        {
            text.Append(NewsParagraph).Append('\n');
            text.Append(RandomText(random, 200)).Append('\n');
        }
        var watch = Stopwatch.StartNew();
        var document = TextPipeline.Create().Process(new Document("five-mb", text.ToString()));
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"5 MB took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(document.Words.Count > 500_000);
        DocumentInvariants.AssertValid(document);
    }

    /// <summary>Long runs of one troublemaker: quadratic scans show up here first.</summary>
    [Theory]
    [InlineData("\u064E")]      // fatha
    [InlineData("\u0640")]      // tatweel
    [InlineData("\u200F")]      // RLM
    [InlineData("\"")]
    [InlineData("“")]
    [InlineData(".")]
    [InlineData("\uD83D\uDE00")] // emoji
    [InlineData("\u0628")]      // beh: one endless token
    public void LongRunsOfOneCharacterStayLinear(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 200_000));
        var watch = Stopwatch.StartNew();
        var document = TextPipeline.Create().Process(new Document("run", text));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"200k × U+{(int)unit[0]:X4} took {watch.Elapsed.TotalSeconds:F1} s");
        DocumentInvariants.AssertValid(document);
    }

    private const string NewsParagraph =
        "وقال وزير الخارجية للصحافيين في باريس إن «المحادثات ستستأنف الأسبوع المقبل»، مضيفا أن ١٢٫٥ % من المساعدات وصلت. " +
        "وأكد د. أحمد أن 1,000 شخص نزحوا منذ 12.7.2025، فيما قالت U.S. officials إن الوضع “صعب جدا. لكنه قابل للحل”.";

    private static readonly string[] Alphabet =
    [
        "ا", "ب", "ت", "ة", "ج", "د", "ر", "س", "ع", "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي", "ى", "أ", "إ", "آ", "ؤ", "ئ", "ء",
        "ال", "لل", "وال", "بال", "ها", "هم", "ية", "ات", "ين",
        " ", " ", " ", " ", " ", "\n", "\r\n", "\t",
        "\u064E", "\u0650", "\u0651", "\u0652", "\u0640", "\u0640\u0640\u0640",
        "\u200F", "\u200E", "\u200D", "\u200C", "\u061C", "\uFEFF",
        ".", ".", "،", "؛", "؟", "!", "…", ":", "-", "«", "»", "“", "”", "\"", "(", ")", "/",
        "0", "5", "٣", "٧", "۴", "٫", "٬", ",", "%",
        "\uFEFB", "\uFDF2", "\uFE8E", "\uFEDF", "\uFDFA",
        "a", "Z", "U.S.", "X", "é",
        "😀", "👍🏽", "\uD83D", "\uDE00", "\u0000", "\u0301",
    ];

    private static string RandomText(Random random, int pieces)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pieces; i++)
            sb.Append(Alphabet[random.Next(Alphabet.Length)]);
        return sb.ToString();
    }
}
