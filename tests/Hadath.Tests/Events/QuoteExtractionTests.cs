using Hadath.Output;
using Hadath.Pipeline;

namespace Hadath.Tests.Events;

/// <summary>Quote rules, one row per rule, through the default engine (quotes need mentions and links).</summary>
public class QuoteExtractionTests
{
    private static readonly HadathEngine Engine = HadathEngine.CreateDefault();

    private static List<(string Speaker, string Text)> Quotes(string text)
    {
        var document = Engine.Analyze(new ArticleRecord { Id = "t", Text = text, Published = "2018-09-07" });
        DocumentInvariants.AssertValid(document);
        return document.Quotes.Select(q => (q.Speaker, document.Slice(q.Content))).ToList();
    }

    [Theory]
    // "Analysts said that Israel has a stake ...": the description ends at the complementizer; Israel is in the statement.
    [InlineData("وقال المحللون إن إسرائيل لديها حصة في إضعاف النظام الجديد.", "analysts", "إسرائيل لديها حصة")]
    // "CNN quoted a US official as saying: ...": relayed speech belongs to the one after عن, named in plain English.
    [InlineData("ونقلت سي إن إن عن مسؤول أميركي قوله: \"نصحناهم بالابتعاد عن التنف\".", "US official", "نصحناهم بالابتعاد")]
    // "A security source announced that ...": a qualified source phrase.
    [InlineData("أعلن مصدر أمني أن المخابرات اعتقلت رجلا في طرابلس.", "security source", "المخابرات اعتقلت رجلا")]
    // "Yemeni field sources said that ...": field + nationality.
    [InlineData("وقالت مصادر ميدانية يمنية إن الغارات استهدفت مواقع المتمردين.", "Yemeni field sources", "الغارات استهدفت")]
    // "The Israeli army said in a statement that it ...": complementizer with a pronoun suffix (أنه).
    [InlineData("وذكر الجيش الإسرائيلي في بيان أنه كان على علم بالحادثين.", "Israel Defense Forces", "كان على علم")]
    // "Tehran pointed to the lack of information, ...": a declare verb takes a noun-phrase statement up to the comma.
    [InlineData("وأشارت إيران إلى عدم وجود معلومات إضافية أو أدلة من جانب الحكومة البحرينية، وهو ما يمنعها.", "Iran", "عدم وجود معلومات")]
    // "Officials in the US Department of Defense said that ...": a description joined by في to its body, named as reporters do.
    [InlineData("قال مسؤولون في وزارة الدفاع الأميركية إن روسيا وجهت تحذيرات.", "Pentagon officials", "روسيا وجهت تحذيرات")]
    // "Residents in Idlib said that ...": civilians belong to the place.
    [InlineData("وقال سكان في إدلب إن طائرات أطلقت براميل متفجرة.", "residents of Idlib", "طائرات أطلقت")]
    // "Iraqi state television said that ...": a qualified medium.
    [InlineData("لكن التليفزيون الرسمي العراقي قال إن المحتجين انسحبوا من المطار.", "Iraqi state television", "المحتجين انسحبوا")]
    // "Kuwait demanded that the Council ...": a demand is also a statement of its author.
    [InlineData("وطالبت الكويت بأن يعقد مجلس الأمن جلسة طارئة.", "Kuwait", "يعقد مجلس الأمن")]
    public void FindsSpeakerAndStatement(string text, string speaker, string statementPart)
    {
        var quote = Assert.Single(Quotes(text));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Contains(statementPart, quote.Text);
    }

    [Theory]
    [InlineData("لم أكد أصل إلى منطقة تجمع النازحين في العراق حتى استقبلني طفل.")]          // "I had barely arrived": negated أكد is no statement
    [InlineData("وأكد الهلال الأحمر الكردي إصابة المستشفى لكنه لم يعلن عن حصيلة للقتلى.")]    // "but it did not announce a toll": only the first
    [InlineData("أفادت الأنباء الواردة من إيران بأن عدة مدن تشهد احتجاجات.")]                 // "news from Iran": a place after من does not speak
    public void ReportsNoFalseStatement(string text) =>
        Assert.DoesNotContain(Quotes(text), q => q.Text.Contains("حصيلة") || q.Speaker is "Iran" || q.Text.Contains("عمر"));

    [Fact]
    public void ACommaAndTrailingAttributionEndReportedSpeech()
    {
        // "Danon added that Kuwait 'deliberately' called a session ..., according to a statement by the mission."
        var quotes = Quotes("من جهته قدم السفير الإسرائيلي للأمم المتحدة، داني دانون، شكوى لمجلس الأمن، مضيفاً بأن الكويت تعمدت استدعاء جلسة، وفقاً لبيان صادر عن البعثة.");
        var quote = Assert.Single(quotes);
        Assert.EndsWith("استدعاء جلسة", quote.Text);
    }

    [Theory]
    // "The Paris prosecutor said that ... Prosecutor François Molins explained ...": a title alone is the person named with it.
    [InlineData("وقال مدعي عام باريس إن الرجل صرخ. وأوضح المدعي العام فرنسوا مولينز للصحافة أنه قمنا باستدعاء الشعبة.", 0, "François Molins")]
    // "G7 foreign ministers demanded ...; the ministers considered that ...": a bare definite description is the fuller one before it.
    [InlineData("اجتمع وزراء خارجية مجموعة السبع الأحد. واعتبر الوزراء أن ما توصل إليه التحقيق مقنع.", 0, "G7 foreign ministers")]
    // "Officials in the Pentagon said ...; the officials said ...": not the Syrian officials the setting would give.
    [InlineData("قال مسؤولون في وزارة الدفاع الأميركية إن روسيا حذرت من هجوم. وقال المسؤولون إن الوزير على علم بهذه المعلومات.", 1, "Pentagon officials")]
    // "... and US officials pointed out that ...": a description with its own country introduces someone new.
    [InlineData("قال مسؤولون في وزارة الدفاع الأميركية إن روسيا حذرت. لكن المسؤولين الأميركيين أشاروا إلى أن الشكاوى ليست جديدة.", 1, "US officials")]
    // "He wrote on his account on Twitter “...”": a platform is never a speaker.
    [InlineData("وكتب معرفا نفسه على حسابه في تويتر \"دخلت في خلاط السياسة\".", -1, "Twitter")]
    public void DescribedSpeakerRefersBack(string text, int index, string speaker)
    {
        var quotes = Quotes(text);
        if (index < 0)
        {
            Assert.DoesNotContain(quotes, q => q.Speaker == speaker);
            return;
        }
        Assert.True(quotes.Count > index, $"only {quotes.Count} quotes");
        Assert.Equal(speaker, quotes[index].Speaker);
    }

    [Theory]
    // "As for Ambassador Danny Danon, who arrived yesterday, he said that ...": أما fronts the speaker, not the last one.
    [InlineData("قال رامي عبد الرحمن إن الغارة قتلت مدنيين. أما السفير الإسرائيلي داني دانون، الذي وصل أمس إلى نيويورك، فقال إن الكويت تعمدت ذلك.", 1, "Danny Danon")]
    // "Sistani, who rarely intervenes in politics, expressed solidarity ..., and said that ...": the verb-first sentence's subject.
    [InlineData("وقال التلفزيون الرسمي العراقي إن المحتجين انسحبوا. وعبر المرجع الأعلى للشيعة في العراق آية الله علي السيستاني، الذي يندر تدخله في السياسة، عن تضامنه مع المحتجين، وقال إنهم يواجهون نقصا حادا.", 1, "Ali al-Sistani")]
    // "The Kuwaiti ambassador to the UN Mansour al-Otaibi demanded ...": the named person speaks, not his title.
    [InlineData("طالب السفير الكويتي للأمم المتحدة منصور العتيبي بأن يعقد مجلس الأمن جلسة طارئة.", 0, "Mansour al-Otaibi")]
    // "... Danon filed a complaint. He added that ...": the continuation's pronoun is the latest subject, not the last speaker.
    [InlineData("قال رامي عبد الرحمن إن الغارة قتلت مدنيين. وقدم السفير الإسرائيلي داني دانون شكوى لمجلس الأمن. وأضاف أن الكويت تعمدت استدعاء جلسة.", 1, "Danny Danon")]
    public void SpeakerFollowsSentenceSyntax(string text, int index, string speaker)
    {
        var quotes = Quotes(text);
        Assert.True(quotes.Count > index, $"only {quotes.Count} quotes");
        Assert.Equal(speaker, quotes[index].Speaker);
    }

    [Fact]
    public void AnUnnamedSpeakerEndsTheLastSpeakersTurn()
    {
        // "Rami said ... As for Sherwan Bery (not in the KB), he said ... He added ...": "added" is not Rami's.
        var quotes = Quotes("قال رامي عبد الرحمن إن الغارة قتلت مدنيين. أما شيروان بري، أحد رؤساء الهلال الأحمر، فقال إن المستشفى استهدف. وأضاف أنه المستشفى الوحيد العامل في المدينة.");
        Assert.DoesNotContain(quotes, q => q.Speaker == "Rami Abdulrahman" && q.Text.Contains("الوحيد"));
    }

    [Fact]
    public void AStrayClosingQuoteOpensNothing()
    {
        // "..., for Gaza is besieged," adding that "when ...": the mark glued to أعوام closes; the statement is after بأنه.
        var quotes = Quotes("طالب السفير منصور العتيبي لعدم فصل ما جرى اليوم، فغزة ما زالت محاصرة منذ عشرة أعوام،\" مضيفاً بأنه \"عندما لا يتم الرد تكون هذه النتيجة\".");
        Assert.Contains(quotes, q => q.Text.StartsWith("عندما"));
        Assert.DoesNotContain(quotes, q => q.Text.Contains("مضيفاً"));
    }
}
