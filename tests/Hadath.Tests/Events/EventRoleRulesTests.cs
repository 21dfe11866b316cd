using Hadath.Events;
using Hadath.Output;
using Hadath.Pipeline;

namespace Hadath.Tests.Events;

/// <summary>Argument and trigger-scope rules of the event layer, one row per rule, through the default engine.</summary>
public class EventRoleRulesTests
{
    private static readonly HadathEngine Engine = HadathEngine.CreateDefault();

    private static IReadOnlyList<EventRecord> Events(string text)
    {
        var document = Engine.Analyze(new ArticleRecord { Id = "t", Text = text, Published = "2018-07-28" });
        DocumentInvariants.AssertValid(document);
        return document.Events;
    }

    [Theory]
    // "Arab Coalition jets struck Saada. Coalition aircraft also struck Hajjah.": the bare التحالف is the coalition named before.
    [InlineData("شنت مقاتلات التحالف العربي غارات على صعدة. وقصفت طائرات التحالف مواقع في حجة.", "Saudi-led coalition", "SAU")]
    // "Russian aircraft struck targets in Idlib": a nationality after the sector noun gives the doer's country.
    [InlineData("قصفت الطائرات الروسية أهدافا في إدلب.", null, "RUS")]
    public void EveryAssaultHasTheDoer(string text, string? nameStart, string country)
    {
        var assaults = Events(text).Where(e => e.Type == "ASSAULT").ToList();
        Assert.NotEmpty(assaults);
        Assert.All(assaults, e => Assert.Contains(e.Actors, a => a.Country == country && (nameStart is null || a.Name.StartsWith(nameStart, StringComparison.Ordinal))));
    }

    [Theory]
    // "Russian aircraft struck targets in Idlib, Hama and Aleppo": one event per joined town.
    [InlineData("قصفت الطائرات الروسية أهدافا في إدلب وحماة وحلب.", 3)]
    // "Israeli aircraft carried out raids on Hodeidah province": a province struck is a place, one event.
    [InlineData("شنت الطائرات الإسرائيلية غارات على محافظة الحديدة.", 1)]
    public void OnePlacedAssaultPerTown(string text, int count)
    {
        var assaults = Events(text).Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(count, assaults.Count);
        Assert.All(assaults, e => Assert.NotNull(e.Location));
        Assert.Equal(count, assaults.Select(e => e.Location!.Name).Distinct().Count());
        Assert.All(assaults, e => Assert.DoesNotContain(e.Recipients, r => r.Name == e.Location!.Name));
    }

    [Theory]
    // "A number of dead fell among the Houthi militias": those after قتلى are the victims.
    [InlineData("سقط عدد من القتلى من ميليشيات الحوثي في صعدة.", "Houthis")]
    // "The arrest of a Syrian official in Tripoli": the arrested follows the noun.
    [InlineData("أعلن الأمن العام اعتقال مسؤول سوري في طرابلس.", "official")]
    public void TheNounAfterAKillingOrArrestSuffersIt(string text, string victim)
    {
        var e = Assert.Single(Events(text), e => e.Type is "ASSAULT" or "COERCE");
        Assert.DoesNotContain(e.Actors, a => a.Name.Contains(victim, StringComparison.Ordinal));
        Assert.Contains(e.Recipients, r => r.Name.Contains(victim, StringComparison.Ordinal));
    }

    [Theory]
    // "Turkey called for a truce in Idlib": the truce is asked for, not concluded.
    [InlineData("دعت تركيا إلى هدنة في إدلب.", "CONCEDE")]
    // "French police warned on Monday of clashes in Paris": feared clashes are no assault.
    [InlineData("حذرت الشرطة الفرنسية الاثنين من اشتباكات في باريس.", "ASSAULT")]
    // "The summit in which Russia and Iran rejected a ceasefire": the rejected ceasefire did not happen.
    [InlineData("القمة التي رفضت فيها روسيا وإيران وقف إطلاق النار.", "CONCEDE")]
    // "The G7 ministers and the EU representative asked Russia to cooperate": a governed event noun further on.
    [InlineData("طالب وزراء مجموعة السبع والممثلة العليا للاتحاد الأوروبي روسيا بالتعاون فورا مع أستراليا.", "COOPERATE")]
    public void AnEventNounAfterAStanceVerbIsNoEvent(string text, string absentType) =>
        Assert.DoesNotContain(Events(text), e => e.Type == absentType);

    [Fact]
    public void AResumptivePronounLetsTheDoerFollowARelativeVerb()
    {
        // "The summit in which Russia and Iran rejected the proposal": فيها returns to the summit; Russia rejects.
        var e = Assert.Single(Events("القمة التي رفضت فيها روسيا وإيران الاقتراح التركي."), e => e.Type == "REJECT");
        Assert.Contains(e.Actors, a => a.Country == "RUS");
    }

    [Theory]
    // "Clashes along the fence that separates Gaza and Israel": two places after بين locate, they are not the sides.
    [InlineData("اندلعت اشتباكات على طول السياج الذي يفصل بين غزة وإسرائيل.", "Gaza")]
    // "The Syrian Observatory for Human Rights counted 60 raids on Idlib": a monitor does not strike.
    [InlineData("وأحصى المرصد السوري لحقوق الإنسان 60 غارة على إدلب.", "Syrian Observatory")]
    public void APlaceOrAMonitorIsNoAttacker(string text, string notActor) =>
        Assert.All(Events(text).Where(e => e.Type == "ASSAULT"), e => Assert.DoesNotContain(e.Actors, a => a.Name.Contains(notActor, StringComparison.Ordinal)));

    [Fact]
    public void AJoinedNameSharesThePrepositionAndARelativeHeadDoesTheVerb()
    {
        // "We are united in our support for Australia and the Netherlands, which (both) demand that Russia reveal its role."
        var events = Events("نحن موحدون في دعمنا لأستراليا وهولندا اللتين تطالبان روسيا بكشف دورها.");
        var support = Assert.Single(events, e => e.Type == "SUPPORT");
        Assert.Equal("AUS NLD", string.Join(" ", support.Recipients.Select(r => r.Country).Order()));
        var request = Assert.Single(events, e => e.Type == "REQUEST");
        Assert.Equal("AUS NLD", string.Join(" ", request.Actors.Select(a => a.Country).Order()));
        Assert.Contains(request.Recipients, r => r.Country == "RUS");
    }

    [Fact]
    public void DifferentNamedDoersAreDifferentEvents()
    {
        // "The G7 ministers asked Russia to reveal its role. Australia demanded that Russia cooperate."
        var requests = Events("طالب وزراء خارجية مجموعة السبع روسيا بكشف دورها. وطالبت أستراليا روسيا بالتعاون.").Where(e => e.Type == "REQUEST").ToList();
        Assert.Equal(2, requests.Count);
    }

    [Theory]
    // "Similar protests pushed the Iranian authorities to ...": authorities are addressed, not protesting.
    [InlineData("احتجاجات مماثلة دفعت السلطات الإيرانية إلى التراجع.", "IRN")]
    public void StateActorsAreWhatProtestsAddress(string text, string country)
    {
        var e = Assert.Single(Events(text), e => e.Type == "PROTEST");
        Assert.DoesNotContain(e.Actors, a => a.Sector is "GOV" or "MIL" or "COP");
        Assert.Contains(e.Recipients, r => r.Country == country && r.Sector == "GOV");
    }
}
