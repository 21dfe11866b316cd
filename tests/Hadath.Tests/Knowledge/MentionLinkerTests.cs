using Hadath.Knowledge;
using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Tests.Knowledge;

public class MentionLinkerTests
{
    private static EntityMention M(string text, EntityType type) => new(new TextRange(0, text.Length), text, type, "test");

    [Fact]
    public void KnownNamesLinkAndUnknownNamesStayNil()
    {
        var mentions = new[]
        {
            M("للدروز", EntityType.GRP),        // "for the Druze": clitic stripped before lookup
            M("وائل عباس", EntityType.PER),      // Wael Abbas: not in the KB
            M("عباس", EntityType.PER),           // his surname again: same NIL entity, not Mahmoud Abbas
            M("آساد الشيباني", EntityType.PER),  // MT spelling of Asaad al-Shaibani
        };
        var entities = new MentionLinker(KbFixture.Kb).Link(mentions, new LinkContext(new DateOnly(2018, 5, 28)));
        Assert.Equal("hd:druze", entities.Single(e => e.MentionIndices.Contains(0)).EntryId);
        var nil = entities.Single(e => e.MentionIndices.Contains(1));
        Assert.Null(nil.EntryId);
        Assert.Equal([1, 2], nil.MentionIndices);
        Assert.StartsWith("Wa", nil.Name);
        Assert.Equal("hd:asaad-al-shaibani", entities.Single(e => e.MentionIndices.Contains(3)).EntryId);
    }

    [Fact]
    public void ATypeMismatchIsNotForced()
    {
        // "حلب" (Aleppo) tagged as a person: no PER entry has that name, so NIL rather than the city.
        var entities = new MentionLinker(KbFixture.Kb).Link([M("حلب", EntityType.PER)], LinkContext.Empty);
        Assert.Null(Assert.Single(entities).EntryId);
    }
}
