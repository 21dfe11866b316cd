using Hadath.Knowledge;
using Hadath.Tagging;

namespace Hadath.Tests.Knowledge;

public class KbLookupTests
{
    private static readonly KnowledgeBase Kb = KbFixture.Kb;
    private static readonly DateOnly July2025 = new(2025, 7, 25);

    // Each row: a spelling found in real (often machine-translated) text, and the entry it must link to.
    [Theory]
    [InlineData("آساد الشيباني", "hd:asaad-al-shaibani")]      // MT spelling of Asaad al-Shaibani
    [InlineData("أسعد الشيباني", "hd:asaad-al-shaibani")]      // standard spelling
    [InlineData("Asaad al-Shaibani", "hd:asaad-al-shaibani")]  // Latin
    [InlineData("أحمد الشارا", "hd:ahmed-al-sharaa")]          // MT spelling of Ahmed al-Sharaa
    [InlineData("أحمد الشرع", "hd:ahmed-al-sharaa")]
    [InlineData("أبو محمد الجولاني", "hd:ahmed-al-sharaa")]    // his nom de guerre
    [InlineData("سويدا", "gn:172408")]                          // Suwayda without article and hamza
    [InlineData("السويداء", "gn:172408")]
    [InlineData("Sweida", "gn:172408")]                         // Latin, as MT leaves it
    [InlineData("جان نويل باروت", "hd:jean-noel-barrot")]
    [InlineData("رون ديمر", "hd:ron-dermer")]                   // MT drops the r of Dermer
    [InlineData("دونالد ترمب", "hd:donald-trump")]
    [InlineData("مجلس الأمن الدولي", "hd:unsc")]
    [InlineData("الدروز", "hd:druze")]
    [InlineData("الولايات المتحدة", "country:USA")]
    [InlineData("واشنطن", "gn:4140963")]                        // Washington, D.C., not the state or a small town
    public void VariantSpellingsLinkToTheEntry(string name, string id)
    {
        var result = new EntityLinker(Kb).Link(name, null, new LinkContext(July2025));
        Assert.Equal(id, result.Entry?.Id);
    }

    [Theory]
    [InlineData("طرابلس", "LBN", "gn:266826")]  // Tripoli in a Lebanon article
    [InlineData("طرابلس", "LBY", "gn:2210247")] // Tripoli in a Libya article
    [InlineData("عمان", "JOR", "gn:250441")]     // Amman beside Jordan
    [InlineData("عمان", "OMN", "country:OMN")]   // Oman
    public void ContextCountriesDisambiguatePlaces(string name, string country, string id)
    {
        var context = new LinkContext(null, new HashSet<string> { country });
        Assert.Equal(id, new EntityLinker(Kb).Link(name, EntityType.LOC, context).Entry?.Id);
    }

    [Theory]
    [InlineData("وائل عباس")]          // an activist the KB does not know (Wael Abbas)
    [InlineData("شيروان بري")]         // a Kurdish official (Sherwan Bery)
    [InlineData("زيد عمرو الخالدي")]   // made up
    public void UnknownNamesAreNilWithAnEnglishRendering(string name)
    {
        var result = new EntityLinker(Kb).Link(name, EntityType.PER, new LinkContext(July2025));
        Assert.True(result.IsNil);
        Assert.Matches("^[A-Z][A-Za-z' -]+$", result.Name);
    }

    [Fact]
    public void PlacesCarryGeography()
    {
        var suwayda = Kb.Get("gn:172408")!;
        Assert.Equal("Suwayda", suwayda.NameEn);
        Assert.Equal("SYR", suwayda.Country);
        Assert.NotNull(suwayda.Place);
        Assert.InRange(suwayda.Place!.Latitude, 32.6, 32.8);
        Assert.InRange(suwayda.Place.Longitude, 36.4, 36.7);
        Assert.Equal('P', suwayda.Place.FeatureClass);
        Assert.Equal(1, suwayda.Place.Precision);
        Assert.Equal(3, Kb.Get("adm1:SY-SU")!.Place!.Precision);
        Assert.Equal(3, Kb.Country("SYR")!.Place!.Precision);
    }

    [Theory]
    [InlineData("السوري", "SYR")]
    [InlineData("الإسرائيلية", "ISR")]  // feminine
    [InlineData("الأمريكيين", "USA")]    // plural
    [InlineData("الأميركي", "USA")]      // the other spelling
    public void DemonymsGiveTheirCountry(string word, string iso) => Assert.Equal(iso, Kb.DemonymCountry(word));
}
