using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// Who a sentence's syntax makes the speaker when nobody stands right behind the verb: the topic fronted by أما
/// ("أما X، ...، فقال"), the subject phrase of a verb-first sentence for a verb coordinated after a comma ("، وقال"),
/// a sentence's opening subject, and the person a title introduces by name. Token indices are into a <see cref="SentenceView"/>.
/// </summary>
internal static class SpeakerSyntax
{
    /// <summary>How far into its sentence a subject may start ("من جهته قدم السفير"), in tokens.</summary>
    private const int TopicReach = 4;

    /// <summary>How far after a title the person it introduces may stand ("السفير الإسرائيلي للأمم المتحدة، داني دانون"), in tokens.</summary>
    private const int AppositionReach = 5;

    private const string Amma = "\u0627\u0645\u0627"; // أما "as for", normalised

    /// <summary>
    /// The subject of the sentence before <paramref name="verbStart"/>: its first participant not behind a preposition and not a
    /// mere place, or the named person a title there introduces ("السفير الإسرائيلي ...، داني دانون،").
    /// </summary>
    public static Participant? Topic(SentenceView view, List<Participant> participants, int verbStart)
    {
        var first = participants.FirstOrDefault(p => p.End <= verbStart && p.Governed is null && !(p.IsPlace && !p.IsCountry));
        // Past the first few words the participant is no subject ("أما شيروان بري، أحد رؤساء الهلال الأحمر ... فقال").
        if (first is null || first.First > TopicReach) return null;
        if (first.Type is null)
            return participants.FirstOrDefault(p => p.First >= first.End && p.First - first.End <= AppositionReach && p.End <= verbStart
                && p.Type is EntityType.PER) ?? first;
        return first;
    }

    /// <summary>
    /// The subject of a sentence that says nothing when it could speak: a person, an organisation or group, or a described
    /// official (government, police, army, judiciary, legislature); countries and places act but are not taken for speakers.
    /// </summary>
    public static Participant? SpeakingSubject(SentenceView view, List<Participant> participants)
    {
        var topic = Topic(view, participants, view.Count);
        if (topic is null || topic.IsPlace || topic.Actor.Range is null) return null;
        return topic.Type is EntityType.PER or EntityType.ORG or EntityType.GRP
            || (topic.Type is null && topic.Noun is not null && topic.Actor.Sector is "GOV" or "COP" or "MIL" or "JUD" or "LEG")
            ? topic : null;
    }

    /// <summary>
    /// The person a described speaker introduces by name right after it ("السفير الكويتي للأمم المتحدة منصور العتيبي", the
    /// Kuwaiti ambassador to the UN Mansour al-Otaibi): the named person speaks. The name must stand before the verb or, after
    /// it, before the statement (in <paramref name="after"/>), so a person the statement mentions is never taken.
    /// </summary>
    public static Participant Named(List<Participant> participants, List<Participant> after, Participant found, int verbStart)
    {
        if (found.Type is not null || found.Noun is null) return found;
        var candidates = found.End <= verbStart ? participants.Where(p => p.End <= verbStart) : after;
        return candidates.FirstOrDefault(p => p.First >= found.End && p.First - found.End <= AppositionReach && p.Type is EntityType.PER
            && p.Governed is null && p.Actor.Range is not null) ?? found;
    }

    /// <summary>
    /// The subject of a verb coordinated after a comma with the sentence's first clause: "وعبر المرجع الأعلى ... علي السيستاني،
    /// الذي ...، عن تضامنه مع المحتجين، وقال إنهم ..." (expressed solidarity ..., and said). A verb-first sentence names its
    /// subject in one unbroken phrase after the opening verb, however long, so the subject is the first participant standing
    /// before any comma, within <see cref="SubjectPhraseReach"/> tokens, not behind a preposition and not a mere place.
    /// </summary>
    public static Participant? CoordinatedSubject(SentenceView view, List<Participant> participants, int verbStart)
    {
        if (verbStart < 2 || !IsComma(view.Keys[verbStart - 1])) return null;
        var subject = participants.FirstOrDefault(p => p.End <= verbStart && p.Governed is null && !(p.IsPlace && !p.IsCountry)
            && p.Actor.Range is not null);
        if (subject is null || subject.First > SubjectPhraseReach) return null;
        for (var i = 0; i < subject.First; i++)
            if (!IsWord(view.Keys[i])) return null;
        return subject;
    }

    /// <summary>How far into a verb-first sentence its subject phrase may start ("وعبر المرجع الأعلى للشيعة في العراق آية الله علي"), in tokens.</summary>
    private const int SubjectPhraseReach = 10;

    /// <summary>
    /// The topic of "أما X، ...، فقال" (as for X, ..., he said): the participant right after أما, or the person a title there
    /// introduces ("أما المتحدث باسم الجيش، فلان،"). Only a verb carrying the answering ف counts, so a verb inside the
    /// relative clause about X ("الذي قال") is left to the usual rules.
    /// </summary>
    public static Participant? FrontedTopic(SentenceView view, List<Participant> participants, PhraseLexicon<string>.Match verb)
    {
        if (verb.Value == "relay" || view.Count == 0 || !IsAmma(view.Keys[0])) return null;
        if (view.Keys[verb.Start] is not { Length: > 1 } key || key[0] != ArabicLetters.Feh) return null;
        var topic = participants.FirstOrDefault(p => p.First == 1 && p.End <= verb.Start && p.Governed is null && p.Actor.Range is not null
            && !(p.IsPlace && !p.IsCountry));
        if (topic is null || topic.Type is not null) return topic;
        return participants.FirstOrDefault(p => p.First >= topic.End && p.First - topic.End <= AppositionReach && p.End <= verb.Start
            && p.Type is EntityType.PER) ?? topic;
    }

    /// <summary>أما or وأما, "as for", normalised.</summary>
    public static bool IsAmma(string key) => key == Amma || key == ArabicLetters.Waw + Amma;

    private static bool IsWord(string key) => key.Length > 0 && char.IsLetterOrDigit(key[0]);

    private static bool IsComma(string key) => key is "\u060C" or ",";
}
