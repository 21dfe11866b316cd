using Hadath.Knowledge;

namespace Hadath.Tests.Knowledge;

public class RoleResolverTests
{
    private static readonly RoleResolver Resolver = new(KbFixture.Kb);

    // A description and a date resolve to whoever held the position then.
    [Theory]
    [InlineData("وزير الخارجية السوري", "2025-07-25", "hd:asaad-al-shaibani")]
    [InlineData("وزير الخارجية السوري", "2018-05-01", "hd:walid-muallem")]
    [InlineData("الرئيس المؤقت في سوريا", "2025-07-25", "hd:ahmed-al-sharaa")]
    [InlineData("الرئيس السوري", "2018-05-01", "hd:bashar-al-assad")]
    [InlineData("الرئيس الأمريكي", "2018-05-01", "hd:donald-trump")]
    [InlineData("الرئيس الأمريكي", "2022-05-01", "hd:joe-biden")]
    [InlineData("رئيس الوزراء الإسرائيلي", "2025-07-25", "hd:benjamin-netanyahu")]
    [InlineData("وزير الشؤون الاستراتيجية الإسرائيلي", "2025-07-25", "hd:ron-dermer")]
    [InlineData("أفضل دبلوماسي فرنسا", "2025-07-25", "hd:jean-noel-barrot")] // MT of "France's top diplomat"
    [InlineData("الأمين العام للأمم المتحدة", "2018-05-01", "hd:antonio-guterres")]
    [InlineData("وزير الدفاع الأمريكي", "2018-09-07", "hd:james-mattis")]
    public void TitleCountryAndDateResolveTheHolder(string description, string date, string id)
    {
        var holders = Resolver.Resolve(description, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(holders);
        Assert.Equal(id, holders[0].Entry.Id);
    }

    [Theory]
    [InlineData("الرئيس")]               // no country: unresolvable
    [InlineData("قال المحللون")]          // no title
    public void DescriptionsWithoutTitleOrOfficeResolveToNothing(string description) =>
        Assert.Empty(Resolver.Resolve(description, new DateOnly(2025, 7, 25)));
}
