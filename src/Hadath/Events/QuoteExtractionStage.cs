using Hadath.Knowledge;
using Hadath.Pipeline;
using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// Finds attributed statements: "قال X إن ..." (reported), "قال X: “...”" (direct), "“...”، قال X" (speaker after),
/// "نقلت X عن Y قوله" (relayed: Y speaks) and continuations ("وأضاف “...”", "، مضيفا أن ...") given to the sentence's
/// subject, the latest subject able to speak, or the last speaker (<see cref="SpeakerSyntax"/>). The speaker is the best participant between the verb and the statement (a person before
/// an organisation before a description before a country), or before the verb ("X قال إن", "أما X ... فقال").
/// </summary>
public sealed class QuoteExtractionStage : IStage
{
    /// <summary>How far before a verb its subject may stand ("لكن التجار قالوا إن"), in tokens.</summary>
    private const int SubjectReach = 3;

    public string Name => "quotes.rules-v2";
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Mentions | Layers.Links;
    public Layers Provides => Layers.Quotes;

    private sealed record Speaker(string Name, TextRange Range, bool Described);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var entityOfMention = new Dictionary<int, LinkedEntity>();
        foreach (var entity in document.Entities)
            foreach (var m in entity.MentionIndices)
                entityOfMention[m] = entity;

        var setting = EventExtractionStage.MainCountry(document);
        var referents = SpeakerReferents.Collect(document, entityOfMention);
        var quotes = new List<QuoteRecord>();
        Speaker? lastSpeaker = null;
        var covered = -1; // quotes never overlap: a direct quote may run past its sentence
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var view = SentenceView.Of(document, sentence);
            var speech = SpeechLexicon.Default.FindAll(view.Keys);
            var participants = referents.Join(view, ParticipantFinder.Find(document, view, entityOfMention, speakers: true));
            if (!speech.Any(s => IsVerb(s.Value)))
            {
                // "قال عبد الرحمن إن ... . وقدم السفير دانون شكوى ... . وأضاف أن": a continuation's pronoun refers to the
                // latest subject able to speak, which need not be the last speaker.
                if (SpeakerSyntax.SpeakingSubject(view, participants) is { } subject)
                    lastSpeaker = referents.Resolve(view, subject, subject.Actor.Range!.Value.Start) is { } r
                        ? new Speaker(r.Name, subject.Actor.Range!.Value, r.Described)
                        : AsSpeaker(subject, setting);
                continue;
            }
            // "سي إن إن" (CNN) holds إن: words inside a name are no speech cues.
            speech = speech.Where(s => !participants.Any(p => p.First <= s.Start && s.Start < p.End)).ToList();
            // A verb inside a quotation belongs to the quoted words ("“... من المتوقع أن يعلن ...”"); a negated one
            // ("لم يعلن عن حصيلة", "لم أكد أصل") reports nothing said.
            var quoted = QuotedSpans(document, view.Sentence.Range);
            speech = speech.Where(s => !quoted.Any(q => q.Start <= view.Ranges[s.Start].Start && view.Ranges[s.Start].Start < q.End)
                && !(IsVerb(s.Value) && s.Start > 0 && IsNegation(view.Keys[s.Start - 1]))).ToList();
            foreach (var verb in speech.Where(s => IsVerb(s.Value)))
            {
                var verbEnd = verb.Start + verb.Length;
                if (view.Ranges[verb.Start].Start < covered) continue;
                var complementizer = speech.FirstOrDefault(s => s.Value == "complementizer" && s.Start >= verbEnd);
                var nextCue = speech.FirstOrDefault(s => IsVerb(s.Value) && s.Start > verbEnd);
                var contentStart = FindContent(document, view, verbEnd, complementizer, nextCue, out var content, out var direct);
                var after = participants.Where(p => p.First >= verbEnd && p.End <= contentStart).ToList();
                if (content is not { } text || text.IsEmpty)
                {
                    // "“...”، قال الوزير": the quotation comes first and the speaker after the verb.
                    if (verb.Value == "say" && QuotationBefore(document, view, verb.Start, covered) is { } before)
                    {
                        text = before;
                        direct = true;
                        after = participants.Where(p => p.First >= verbEnd).ToList();
                    }
                    else if (verb.Value == "declare" && NounStatement(view, participants, verbEnd, nextCue, out var subject) is { } stated)
                    {
                        text = stated;
                        after = subject is null ? [] : [subject];
                    }
                    else continue;
                }
                var speaker = FindSpeaker(view, participants, after, verb, lastSpeaker, setting, referents);
                if (speaker is null)
                {
                    // Someone we could not name said this ("أما شيروان بري ... فقال"): a following "وأضاف" is theirs,
                    // not the last speaker's.
                    if (verb.Value != "continue") lastSpeaker = null;
                    continue;
                }
                lastSpeaker = speaker;
                quotes.Add(new QuoteRecord(speaker.Name, speaker.Range, text, view.Ranges[verb.Start], direct, Name));
                covered = Math.Max(covered, text.End);
            }
        }
        document.SetQuotes(quotes);
    }

    /// <summary>Ranges strictly inside paired quotation marks that open within <paramref name="range"/>.</summary>
    private static List<TextRange> QuotedSpans(Document document, TextRange range)
    {
        var spans = new List<TextRange>();
        var text = document.Text;
        for (var i = range.Start; i < range.End; i++)
        {
            if (SpeechLexicon.ClosingQuote(text[i]) is not { } closing) continue;
            var close = text.IndexOf(closing, i + 1);
            if (close < 0) break;
            spans.Add(new TextRange(i + 1, close));
            i = close;
        }
        return spans;
    }

    /// <summary>لم، لن، لا: "did not", "will not", "does not".</summary>
    private static bool IsNegation(string key) => key is "\u0644\u0645" or "\u0644\u0646" or "\u0644\u0627";

    private static bool IsVerb(string kind) => kind is "say" or "declare" or "continue" or "relay";

    /// <summary>
    /// Who said it. After the verb: the best participant, or for a relay ("نقلت رويترز عن سكان") the one after عن.
    /// Otherwise a "say" verb takes its subject just before it or the sentence's topic ("أما X ... فقال"); a continuation
    /// takes the sentence's subject ("قدم X شكوى ...، مضيفا أن"), else the last speaker. A bare verb whose next word
    /// could be an unrecognised subject ("ويقول الخبراء إن") gets nobody: precision first.
    /// </summary>
    private static Speaker? FindSpeaker(SentenceView view, List<Participant> participants, List<Participant> after,
        PhraseLexicon<string>.Match verb, Speaker? lastSpeaker, string? setting, SpeakerReferents referents)
    {
        Participant? found;
        if (SpeakerSyntax.FrontedTopic(view, participants, verb) is { } fronted) found = fronted;
        else if (verb.Value == "relay")
        {
            found = after.FirstOrDefault(p => p.First > 0 && IsAn(view.Keys[p.First - 1]));
            if (found is null) return null;
        }
        // "على حسابه في تويتر" (on his account on Twitter), "من إيران": what stands behind في or من is where, not who.
        // "وقال الوزراء في بيانهم الذي نشرته كندا": the subject right behind the verb speaks, whoever is named later.
        else if (after.FirstOrDefault(p => p.First == verb.Start + verb.Length && !p.IsPlace && p.Governed is null && p.Actor.Range is not null) is { } subject)
            found = subject;
        // "لشبكة سي إن إن" (to CNN): the one spoken to is no speaker either.
        else found = BestSpeaker(after.Where(p => p.Governed is not ("place" or "with" or "target") && !Addressed(view, p.First)
            && !(p.IsPlace && p.First > 0 && view.Keys[p.First - 1] == From)));
        if (found is null && verb.Value is "say" or "declare")
            found = BestSpeaker(participants.Where(p => p.End <= verb.Start && verb.Start - p.End <= SubjectReach && p.Governed is null && !p.IsPlace))
                ?? SpeakerSyntax.Topic(view, participants, verb.Start) ?? SpeakerSyntax.CoordinatedSubject(view, participants, verb.Start);
        if (found is null && verb.Value == "continue")
            found = SpeakerSyntax.Topic(view, participants, verb.Start) ?? SpeakerSyntax.CoordinatedSubject(view, participants, verb.Start);
        if (found is null)
        {
            // "أما X ... فقال": the topic is someone we do not recognise, so the last speaker is not the one.
            if (view.Keys.Count > 0 && SpeakerSyntax.IsAmma(view.Keys[0])) return null;
            // A continuation opening its sentence ("وأضاف") goes on with the last speaker; one inside a sentence
            // ("، قائلة إنها ...") belongs to that sentence's subject, which we did not find.
            var continues = verb.Value == "continue" && verb.Start <= 1;
            return continues || (verb.Value != "continue" && PronounSubject(view, verb.Start + verb.Length)) ? lastSpeaker : null;
        }
        found = SpeakerSyntax.Named(participants, after, found, verb.Start);
        var speaker = referents.Resolve(view, found, found.Actor.Range!.Value.Start) is { } referent
            ? new Speaker(referent.Name, found.Actor.Range!.Value, referent.Described)
            : AsSpeaker(found, setting);
        // "وأضاف المصدر": a definite description repeats the last speaker ("security source"), who keeps the full name.
        if (speaker.Described && lastSpeaker is { Described: true } last
            && (last.Name == speaker.Name || last.Name.EndsWith(" " + speaker.Name, StringComparison.Ordinal)))
            return last;
        return speaker;
    }

    /// <summary>The speaker as the scorer names it: an entity's canonical name, or a description in plain English.</summary>
    /// <remarks>
    /// Unnamed state bodies ("الشرطة", "السلطات") belong to the country the article is set in, as in events: "French police".
    /// </remarks>
    private static Speaker AsSpeaker(Participant p, string? setting)
    {
        if (p.Type is not null || p.Noun is null) return new Speaker(p.Actor.Name, p.Actor.Range!.Value, p.Type is null);
        var country = p.Actor.Country ?? (p.Actor.Sector is "GOV" or "COP" or "MIL" or "JUD" or "LEG" ? setting : null);
        return new Speaker(ActorDescriptions.Describe(p.Noun, country), p.Actor.Range!.Value, true);
    }

    /// <summary>
    /// True when nothing after the verb can be its subject, so the subject is a pronoun: the statement, a colon or quotation,
    /// or a prepositional phrase ("في بيان", "لشبكة") comes straight after it.
    /// </summary>
    private static bool PronounSubject(SentenceView view, int verbEnd)
    {
        if (verbEnd >= view.Count) return false;
        var next = view.Keys[verbEnd];
        if (next.Length == 0 || !char.IsLetter(next[0])) return true;
        if (SpeechLexicon.Default.MatchAt(view.Keys, verbEnd) is { Value: "complementizer" }) return true;
        // "لشبكة سي إن إن", "للصحفيين": a glued ل addresses the hearer, never the subject.
        return FunctionWords.ClassOf(next) is "place" or "with" or "target" || (next[0] == ArabicLetters.Lam && next.Length > 3);
    }

    /// <summary>"لشبكة", "لوكالة", "لصحيفة", "لقناة": to the network, agency, newspaper or channel named next.</summary>
    private static readonly string[] MediaHearers = ["\u0644\u0634\u0628\u0643\u0647", "\u0644\u0648\u0643\u0627\u0644\u0647", "\u0644\u0635\u062D\u064A\u0641\u0647", "\u0644\u0642\u0646\u0627\u0647"];

    private static bool Addressed(SentenceView view, int first) => first > 0 && MediaHearers.Contains(view.Keys[first - 1]);

    private const string From = "\u0645\u0646"; // من

    private static bool IsAn(string key) => key == "\u0639\u0646"; // عن "from": "نقلت X عن Y" names the original speaker Y

    /// <summary>
    /// A quotation that closes just before token <paramref name="verbStart"/> (only punctuation between), not yet taken.
    /// </summary>
    private static TextRange? QuotationBefore(Document document, SentenceView view, int verbStart, int covered)
    {
        var text = document.Text;
        var at = view.Ranges[verbStart].Start - 1;
        while (at >= 0 && (char.IsWhiteSpace(text[at]) || text[at] is '\u060C' or ',')) at--;
        if (at < 0 || !IsQuoteMark(text[at])) return null;
        var close = at;
        for (var open = close - 1; open > covered && close - open < 2000; open--)
        {
            if (SpeechLexicon.ClosingQuote(text[open]) is not { } closing || closing != text[close]) continue;
            var range = Trim(text, open + 1, close);
            return range.IsEmpty ? null : range;
        }
        return null;
    }

    /// <summary>Finds the statement after a speech verb: a quotation, or reported speech after إن/أن to the sentence end.</summary>
    private static int FindContent(Document document, SentenceView view, int verbEnd, PhraseLexicon<string>.Match complementizer,
        PhraseLexicon<string>.Match nextCue, out TextRange? content, out bool direct)
    {
        content = null;
        direct = false;
        var text = document.Text;
        var limit = complementizer.Length > 0 ? complementizer.Start : view.Count;
        for (var i = verbEnd; i < Math.Min(view.Count, limit + 1); i++)
        {
            var first = text[view.Ranges[i].Start];
            if (SpeechLexicon.ClosingQuote(first) is not { } closing || ClosesGluedWord(text, view.Ranges[i].Start)) continue;
            var open = view.Ranges[i].Start + 1;
            var close = text.IndexOf(closing, open);
            if (close < 0) continue;
            content = Trim(text, open, close);
            direct = true;
            return i;
        }
        if (complementizer.Length == 0)
        {
            // "وقال باراك في بيان. “كان هدفنا ...”": the quotation opens the next sentence.
            var next = view.Sentence.Range.End;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next < text.Length && SpeechLexicon.ClosingQuote(text[next]) is { } closingNext && text.IndexOf(closingNext, next + 1) is var closeNext && closeNext > 0)
            {
                content = Trim(text, next + 1, closeNext);
                direct = true;
            }
            return view.Count;
        }
        var start = complementizer.Start + complementizer.Length;
        if (start >= view.Count) return view.Count;
        // Reported speech runs to the sentence end, or to the next speech cue ("، لافتا إلى أن ...") which starts another,
        // or to a trailing attribution ("، وفقا لبيان ...") which says where it was said, not what.
        var end = view.Sentence.Range.End;
        if (nextCue.Length > 0 && nextCue.Start > start) end = view.Ranges[nextCue.Start].Start;
        var source = SpeechLexicon.Default.FindAll(view.Keys).FirstOrDefault(s => s.Value == "source" && s.Start > start);
        if (source.Length > 0 && view.Ranges[source.Start].Start < end && IsComma(view.Keys[source.Start - 1]))
            end = view.Ranges[source.Start].Start;
        content = Trim(text, view.Ranges[start].Start, end);
        return complementizer.Start;
    }

    /// <summary>
    /// The statement a declare verb takes as a noun phrase: "أعلنت السلطات البحرينية، السبت، اعتقال 14 إيرانيا"
    /// (announced the arrest of 14 Iranians), "أشارت طهران إلى عدم وجود معلومات". It starts after the subject right behind the
    /// verb (returned in <paramref name="subject"/>) and runs to a comma at least <see cref="MinimumStatement"/> words on,
    /// "لكن" (but), the next speech cue or the sentence end.
    /// </summary>
    private static TextRange? NounStatement(SentenceView view, List<Participant> participants, int verbEnd,
        PhraseLexicon<string>.Match nextCue, out Participant? subject)
    {
        subject = participants.FirstOrDefault(p => p.First >= verbEnd && p.First - verbEnd <= 1 && p.Governed is null && !(p.IsPlace && !p.IsCountry));
        var start = subject?.End ?? verbEnd;
        while (start < view.Count && (!IsWord(view.Keys[start]) || view.Keys[start] is To or About)) start++;
        var end = start;
        var limit = nextCue.Length > 0 && nextCue.Start > start ? nextCue.Start : view.Count;
        while (end < limit && !(IsComma(view.Keys[end]) && end - start >= MinimumStatement) && !IsBut(view.Keys[end])) end++;
        while (end > start && !IsWord(view.Keys[end - 1])) end--;
        if (end - start < 2) return null;
        return view.Span(start, end);
    }

    /// <summary>Fewest words before a comma can end a noun-phrase statement: "، السبت،" is a date aside, not the end.</summary>
    private const int MinimumStatement = 4;

    private const string To = "\u0627\u0644\u0649", About = "\u0639\u0646"; // الى (إلى normalised), عن

    private static bool IsWord(string key) => key.Length > 0 && char.IsLetterOrDigit(key[0]);

    /// <summary>"لكن", "ولكن", "لكنه": a contrast starts another clause.</summary>
    private static bool IsBut(string key) => key.TrimStart(ArabicLetters.Waw).StartsWith("\u0644\u0643\u0646", StringComparison.Ordinal);

    private static bool IsComma(string key) => key is "\u060C" or ",";

    /// <summary>The range [start, end) without surrounding spaces, final punctuation and quotation marks.</summary>
    private static TextRange Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || IsQuoteMark(text[start]))) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || IsQuoteMark(text[end - 1]) || text[end - 1] is '.' or '\u060C' or ',' or ':' or '!' or '?' or '\u061F'))
            end--;
        return new TextRange(start, end);
    }

    /// <summary>
    /// True for a straight quote glued to the word before it and followed by a space ("أعوام،\" مضيفاً"): it closes a
    /// quotation whose opening mark the writer dropped, so nothing opens there.
    /// </summary>
    private static bool ClosesGluedWord(string text, int at) =>
        text[at] == '"' && at > 0 && !char.IsWhiteSpace(text[at - 1]) && (at + 1 == text.Length || char.IsWhiteSpace(text[at + 1]));

    private static bool IsQuoteMark(char c) => c is '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '"' or '\u201E';

    /// <remarks>A place behind a preposition ("الأنباء الواردة من إيران", "في باريس") is where, not who.</remarks>
    private static Participant? BestSpeaker(IEnumerable<Participant> candidates) =>
        candidates.Where(p => p.Actor.Range is not null && !(p.IsPlace && p.Governed is not null))
            .OrderBy(SpeakerRank)
            .ThenBy(p => p.First)
            .FirstOrDefault();

    /// <summary>Who most likely speaks: a person, then an organisation or group, then a description, then a place.</summary>
    private static int SpeakerRank(Participant p) => p.Type switch
    {
        EntityType.PER => 0,
        EntityType.ORG or EntityType.GRP => 1,
        null => 2,
        _ => 3,
    };
}
