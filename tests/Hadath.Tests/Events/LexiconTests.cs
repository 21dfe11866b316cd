using Hadath.Events;

namespace Hadath.Tests.Events;

public class LexiconTests
{
    [Theory]
    [InlineData("شنت طائرات التحالف غارات على الحديدة", "ASSAULT", "aerial")]       // "coalition jets launched raids"
    [InlineData("اندلعت اشتباكات عنيفة", "ASSAULT", null)]                           // "violent clashes broke out": starred plural
    [InlineData("تدخلت إسرائيل مع الغارات الجوية", "ASSAULT", "aerial")]               // the two-word phrase wins over "غارات"
    [InlineData("وأجرى الرئيس اتصالا هاتفيا مع نظيره", "CONSULT", "phone")]           // "a phone call"
    [InlineData("عقدت المحادثات يوم الخميس", "CONSULT", null)]                        // "the talks were held"
    [InlineData("أعلنت السلطات القبض على 14 إيرانيا", "COERCE", "arrest")]            // "arrested 14 Iranians"
    [InlineData("تواصلت المظاهرات في جنوب العراق", "PROTEST", "demo")]
    [InlineData("للمظاهرات", "PROTEST", "demo")]                                       // clitics: ل + ال + مظاهرات
    [InlineData("وجهت له تهم الانضمام لجماعة", "ACCUSE", "allege")]                  // "charges were brought against him"
    [InlineData("وتزعم روسيا أن هناك مقاتلين", "ACCUSE", "allege")]                  // "Russia claims that ..."
    [InlineData("اعتصم العمال أمام الوزارة", "PROTEST", "demo")]                      // "workers held a sit-in"
    [InlineData("وقطعوا الطرق الرئيسية", "PROTEST", "obstruct")]                     // "and they blocked the main roads"
    [InlineData("وتتهم المعارضة الحكومة بالفساد", "ACCUSE", "allege")]               // "the opposition accuses the government": present tense
    [InlineData("ما وصفه بـ\"تحالف العدوان\"", "ACCUSE", "disapprove")]              // "what he described as the aggression coalition" (ب written apart)
    [InlineData("أكد الوزير خلال لقائه السفير", "CONSULT", null)]                    // "during his meeting with the ambassador"
    [InlineData("نحن موحدون في دعمنا للحكومة", "SUPPORT", null)]                     // "we are united in our support"
    [InlineData("وجهت موسكو تحذيرات إلى واشنطن", "THREATEN", null)]                  // "Moscow sent warnings to Washington"
    [InlineData("لكن روسيا نفت ذلك", "REJECT", null)]                                 // "but Russia denied it": feminine past
    [InlineData("اللتين تطالبان روسيا بكشف دورها", "REQUEST", null)]                   // "which (both) demand that Russia ..."
    public void FindsTriggersThroughCliticsAndEndings(string sentence, string type, string? mode)
    {
        var match = Assert.Single(TriggerLexicon.Default.FindAll(EventTestText.Words(sentence)), m => m.Value.Type == type);
        Assert.Equal(mode, match.Value.Mode);
    }

    [Theory]
    [InlineData("وزير الخارجية")]                         // "foreign minister": no event
    [InlineData("اشتباكاتهمهمهم")]                         // an ending longer than a star allows
    public void IgnoresWordsThatAreNoTrigger(string sentence) =>
        Assert.Empty(TriggerLexicon.Default.FindAll(EventTestText.Words(sentence)));

    [Theory]
    [InlineData("تم الإبلاغ عن مقتل مئات الأشخاص في اشتباكات", 100, null, null)]    // "hundreds killed" = 100
    [InlineData("خلفت ما لا يقل عن 17 قتيلا وجرح أكثر من 1400 آخرين", 17, 1400, null)]
    [InlineData("مقتل 9 مدنيين في غارة", 9, null, null)]
    [InlineData("أعلنت القبض على 14 إيرانيا", null, null, 14)]
    [InlineData("16 مدنيا على الأقل قتلوا الجمعة", 16, null, null)]                   // "at least 16 civilians were killed"
    [InlineData("في حالة حرب منذ عام 1948 قتل", null, null, null)]                  // a year is no count
    public void CountsCasualties(string sentence, int? dead, int? injured, int? arrested)
    {
        var words = EventTestText.Words(sentence);
        var size = CasualtyCounter.Count(words, 0, words.Count);
        Assert.Equal((dead, injured, arrested), (size.Dead, size.Injured, size.Arrested));
    }

    [Theory]
    [InlineData("كان من المقرر أن يلتقي باراك", "يلتقي", true, false)]               // "was scheduled to meet": planned
    [InlineData("لم يلاحظ أي تعزيزات للقوات", "تعزيزات", false, true)]               // "no reinforcements were seen": negated
    [InlineData("في حال نفذ الهجوم الواسع المرتقب", "الهجوم", true, false)]          // conditional and "expected"
    [InlineData("شنت طائرات غارات على المدينة", "غارات", false, false)]
    public void ReadsModality(string sentence, string trigger, bool hypothetical, bool negated)
    {
        var words = EventTestText.Words(sentence);
        var at = words.IndexOf(Hadath.Text.ArabicNormalizer.NormalizeKey(trigger));
        Assert.Equal((hypothetical, negated), ModalityCues.Of(words, at, at + 1, 0));
    }

    [Theory]
    [InlineData("الإسرائيلية", "ISR")]   // Israeli (fem., with article)
    [InlineData("سوريون", "SYR")]        // Syrians
    [InlineData("وروسية", "RUS")]        // "and Russian (fem.)"
    [InlineData("سوريا", null)]          // the country's name is no adjective
    public void ReadsNationalityAdjectives(string word, string? iso3) =>
        Assert.Equal(iso3, ActorDescriptions.CountryOfDemonym(Hadath.Text.ArabicNormalizer.NormalizeKey(word)));
}
