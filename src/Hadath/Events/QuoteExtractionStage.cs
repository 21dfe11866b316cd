using Hadath.Knowledge;
using Hadath.Pipeline;
using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// Finds attributed statements: "قال X إن ..." (reported), "قال X: “...”" (direct), and continuations
/// ("وأضاف “...”") given to the last speaker. The speaker is the best participant between the verb and the statement
/// (a person before an organisation before a description before a country), or before the verb ("X قال إن").
/// </summary>
public sealed class QuoteExtractionStage : IStage
{
    public string Name => "quotes.rules-v1";
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Mentions | Layers.Links;
    public Layers Provides => Layers.Quotes;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var entityOfMention = new Dictionary<int, LinkedEntity>();
        foreach (var entity in document.Entities)
            foreach (var m in entity.MentionIndices)
                entityOfMention[m] = entity;

        var quotes = new List<QuoteRecord>();
        (string Name, TextRange Range)? lastSpeaker = null;
        var covered = -1; // quotes never overlap: a direct quote may run past its sentence
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var view = SentenceView.Of(document, sentence);
            var speech = SpeechLexicon.Default.FindAll(view.Keys);
            foreach (var verb in speech.Where(s => s.Value is "say" or "continue"))
            {
                var verbEnd = verb.Start + verb.Length;
                if (view.Ranges[verb.Start].Start < covered) continue;
                var participants = ParticipantFinder.Find(document, view, entityOfMention);
                var complementizer = speech.FirstOrDefault(s => s.Value == "complementizer" && s.Start >= verbEnd);
                var nextCue = speech.FirstOrDefault(s => s.Value is "say" or "continue" && s.Start > verbEnd);
                var contentStart = FindContent(document, view, verbEnd, complementizer, nextCue, out var content, out var direct);
                if (content is not { } text || text.IsEmpty) continue;
                var speaker = BestSpeaker(participants.Where(p => p.First >= verbEnd && p.End <= contentStart))
                    ?? (verb.Value == "say" ? BestSpeaker(participants.Where(p => p.End <= verb.Start && verb.Start - p.End <= 3)) : null);
                (string Name, TextRange Range)? who = speaker is not null ? (speaker.Actor.Name, speaker.Actor.Range!.Value) : lastSpeaker;
                if (who is null) continue;
                lastSpeaker = who;
                quotes.Add(new QuoteRecord(who.Value.Name, who.Value.Range, text, view.Ranges[verb.Start], direct, Name));
                covered = text.End;
            }
        }
        document.SetQuotes(quotes);
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
            if (SpeechLexicon.ClosingQuote(first) is not { } closing) continue;
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
        // Reported speech runs to the sentence end, or to the next speech cue ("، لافتا إلى أن ...") which starts another.
        var end = nextCue.Length > 0 && nextCue.Start > start ? view.Ranges[nextCue.Start].Start : view.Sentence.Range.End;
        content = Trim(text, view.Ranges[start].Start, end);
        return complementizer.Start;
    }

    /// <summary>The range [start, end) without surrounding spaces, final punctuation and quotation marks.</summary>
    private static TextRange Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || IsQuoteMark(text[start]))) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || IsQuoteMark(text[end - 1]) || text[end - 1] is '.' or '\u060C' or ',' or ':' or '!' or '?' or '\u061F'))
            end--;
        return new TextRange(start, end);
    }

    private static bool IsQuoteMark(char c) => c is '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '"' or '\u201E';

    private static Participant? BestSpeaker(IEnumerable<Participant> candidates) =>
        candidates.Where(p => p.Actor.Range is not null)
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
