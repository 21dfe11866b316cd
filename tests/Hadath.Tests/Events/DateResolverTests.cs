using Hadath.Events;

namespace Hadath.Tests.Events;

public class DateResolverTests
{
    private static readonly DateOnly Friday25July2025 = new(2025, 7, 25);

    [Theory]
    [InlineData("عقدت المحادثات يوم الخميس في باريس", "2025-07-24", DatePrecision.Day)]      // "on Thursday" -> the day before a Friday
    [InlineData("التقى المسؤولون في باكو في 12 يوليو", "2025-07-12", DatePrecision.Day)]      // "on 12 July"
    [InlineData("في 3 تموز الماضي", "2025-07-03", DatePrecision.Day)]                         // Levantine month name
    [InlineData("في 12 مايو/ أيار 2018", "2018-05-12", DatePrecision.Day)]                   // both month names and a year
    [InlineData("بعد الإطاحة بالأسد في ديسمبر", "2024-12", DatePrecision.Month)]              // December, after July: last year
    [InlineData("احتلت إسرائيل الجولان في عام 1967", "1967", DatePrecision.Year)]             // "in the year 1967"
    [InlineData("في حالة حرب منذ عام 1948", "1948", DatePrecision.Year)]
    [InlineData("قال أمس إن", "2025-07-24", DatePrecision.Day)]                               // "yesterday"
    [InlineData("وقعت الجمعة الماضية", "2025-07-18", DatePrecision.Day)]                     // "last Friday": a week back
    [InlineData("في الشهر الماضي", "2025-06", DatePrecision.Month)]                           // "last month"
    [InlineData("خلال العام الماضي", "2024", DatePrecision.Year)]                             // "last year"
    [InlineData("منذ بداية هذا العام", "2025", DatePrecision.Year)]                            // "this year"
    public void ResolvesAgainstThePublicationDate(string sentence, string expected, DatePrecision precision)
    {
        var found = DateResolver.FindAll(EventTestText.Words(sentence), Friday25July2025);
        var first = Assert.Single(found);
        Assert.Equal(expected, first.Date);
        Assert.Equal(precision, first.Precision);
    }

    [Theory]
    [InlineData("قال الأب إن ابنه قتل")]         // آب (August) must not be read in "father"
    [InlineData("عاد إلى منزله بعد 12 ساعة")]    // a number that is no date
    [InlineData("الشهر")]                          // "the month" alone says nothing
    public void IgnoresWordsThatAreNoDate(string sentence) =>
        Assert.Empty(DateResolver.FindAll(EventTestText.Words(sentence), Friday25July2025));
}
