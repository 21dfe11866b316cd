using Hadath.Knowledge;
using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Tests.Knowledge;

public class DocumentLinkerTests
{
    private static readonly DocumentLinker Linker = new(KbFixture.Kb);
    private static readonly DateOnly July2025 = new(2025, 7, 25);

    private static (IReadOnlyList<EntityMention> Mentions, IReadOnlyList<LinkedEntity> Entities) Annotate(string text, DateOnly? date = null)
    {
        var result = Linker.Annotate(text, date ?? July2025);
        AssertValid(text, result.Mentions, result.Entities);
        return result;
    }

    [Fact]
    public void CliticsStayOutsideTheMentionRange()
    {
        // "massacre of the Druze": the range covers "لدروز" (after the preposition ل), as EntityMention documents.
        const string text = "القتل الجماعي للدروز";
        var (mentions, entities) = Annotate(text);
        var m = Assert.Single(mentions);
        Assert.Equal("لدروز", m.Text);
        Assert.Equal("hd:druze", Assert.Single(entities).EntryId);
    }

    [Fact]
    public void RangesPointIntoTheOriginalText()
    {
        // Harakat, tatweel and an RLM inside and around the name must not shift offsets.
        const string text = "\u200Fقال بِشّـار الأسد إن";
        var (mentions, _) = Annotate(text, new DateOnly(2018, 5, 1));
        var m = Assert.Single(mentions);
        Assert.Equal("بِشّـار الأسد", m.Text);
        Assert.Equal(m.Text, m.Range.Slice(text));
    }

    [Fact]
    public void APartialNameLinksOnlyAfterTheFullName()
    {
        // "Barrack said" alone is no one; after "US envoy Tom Barrack" it is him.
        Assert.Empty(Annotate("وقال باراك في بيان").Entities);
        var (mentions, entities) = Annotate("قال المبعوث توم باراك إن المحادثات جرت. وقال باراك في بيان");
        var tom = Assert.Single(entities);
        Assert.Equal("hd:tom-barrack", tom.EntryId);
        Assert.Equal(["توم باراك", "باراك"], tom.MentionIndices.Select(i => mentions[i].Text));
    }

    [Fact]
    public void APartialNameGoesToTheRightNamesake()
    {
        // Two Barak/Barrack full names in one text: the bare surname goes to the one named last before it.
        var (mentions, entities) = Annotate("التقى إيهود باراك. ثم قال توم باراك إن باراك لا يعرف", new DateOnly(2025, 7, 25));
        var last = mentions[^1];
        Assert.Equal("باراك", last.Text);
        Assert.Equal("hd:tom-barrack", entities.Single(e => e.MentionIndices.Contains(mentions.Count - 1)).EntryId);
    }

    [Theory]
    [InlineData("المسؤولين السوريين تحدثوا")]   // "the Syrian officials": adjective after a definite noun
    [InlineData("قتل أطفالا سوريين")]            // "Syrian children": bare adjective
    public void AdjectivesAreNotCollectives(string text) =>
        Assert.DoesNotContain(Annotate(text).Entities, e => e.Type == EntityType.GRP);

    [Theory]
    [InlineData("أكد بأنه سيعود")]       // "said that he": not Baneh (بانه)
    [InlineData("وأن الوضع صعب")]        // "and that": not Van (وان)
    [InlineData("كيف حدث ذلك")]          // "how": not Kyiv
    [InlineData("عبر الحدود")]           // "across": not Al 'Abr
    [InlineData("في مدينة كبيرة")]       // "city": not Medina
    [InlineData("اجتمعوا يوم الجمعة")]   // "Friday": not Al Jum'ah
    public void CommonWordsAreNotPlaces(string text) => Assert.Empty(Annotate(text).Entities);

    [Fact]
    public void NoSkeletonMatchOnCommonWords()
    {
        // "الفرنسية باريس" has the skeleton of "فرانس برس" (AFP) but is "the French ... Paris".
        var (_, entities) = Annotate("وكالة الأنباء الفرنسية باريس");
        Assert.DoesNotContain(entities, e => e.EntryId == "hd:afp");
        Assert.Contains(entities, e => e.Name == "Paris");
    }

    [Fact]
    public void ShortLatinNamesMatchCase()
    {
        Assert.Contains(Annotate("في بيان على موقع X.").Entities, e => e.EntryId == "hd:x");
        Assert.Empty(Annotate("بعد x من الأيام").Entities);
    }

    [Fact]
    public void AGovernorateNamedLikeItsCapitalIsOneEntity()
    {
        var (_, entities) = Annotate("غارات على محافظة إدلب. وفي إدلب قتل عشرة", new DateOnly(2018, 9, 8));
        var idlib = Assert.Single(entities);
        Assert.Equal(2, idlib.MentionIndices.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u200F\u200E\u200D")]
    [InlineData("ـــــــــــ")]
    [InlineData("١٢٣ ٤٥٦ Sweida، 2025")]
    [InlineData("ﻻ ﺍﻟﺴﻮﻳﺪﺍﺀ")]          // presentation forms
    public void NaughtyStringsKeepInvariants(string text) => Annotate(text);

    /// <summary>Mentions in bounds, ordered, non-overlapping, text equal to the slice; entities point at existing mentions.</summary>
    internal static void AssertValid(string text, IReadOnlyList<EntityMention> mentions, IReadOnlyList<LinkedEntity> entities)
    {
        var end = 0;
        foreach (var m in mentions)
        {
            Assert.InRange(m.Range.Start, end, text.Length);
            Assert.InRange(m.Range.End, m.Range.Start + 1, text.Length);
            Assert.Equal(m.Range.Slice(text), m.Text);
            end = m.Range.End;
        }
        var used = entities.SelectMany(e => e.MentionIndices).ToList();
        Assert.Equal(used.Count, used.Distinct().Count());
        Assert.All(used, i => Assert.InRange(i, 0, mentions.Count - 1));
        Assert.All(entities, e => Assert.All(e.MentionIndices, i => Assert.Equal(e.Type, mentions[i].Type)));
    }
}
