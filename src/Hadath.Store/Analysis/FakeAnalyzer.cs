using Hadath.Events;
using Hadath.IO;
using Hadath.Knowledge;
using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Store.Analysis;

/// <summary>
/// A TEST DOUBLE, not the extraction pipeline: finds a handful of trigger words, places and actors by table lookup
/// in the normalised text, so the store, search, deduplication and exports can be tested and benchmarked without
/// the real engine. Events are one per sentence with a trigger; dates are the publication date. Optionally sleeps
/// per article (<paramref name="delayMs"/>) to make an ingest slow enough to kill mid-way in a test.
/// </summary>
public sealed class FakeAnalyzer(int delayMs = 0, string version = "fake-1") : IArticleAnalyzer
{
    // Normalised (ArabicNormalizer.NormalizeKey) keys, as \u escapes per STYLE.md; gloss in the comment.
    private static readonly (string Key, string Type, string? Mode)[] Triggers =
    [
        ("\u0642\u0635\u0641", "ASSAULT", "heavy-weapons"),                 // قصف shelling
        ("\u063A\u0627\u0631\u0647", "ASSAULT", "aerial"),                  // غارة air strike
        ("\u0627\u0634\u062A\u0628\u0627\u0643\u0627\u062A", "ASSAULT", null), // اشتباكات clashes
        ("\u0627\u0646\u0641\u062C\u0627\u0631", "ASSAULT", "explosives"),  // انفجار explosion
        ("\u0645\u062D\u0627\u062F\u062B\u0627\u062A", "CONSULT", null),    // محادثات talks
        ("\u0627\u062C\u062A\u0645\u0627\u0639", "CONSULT", null),          // اجتماع meeting
        ("\u0645\u0638\u0627\u0647\u0631\u0627\u062A", "PROTEST", "demo"),  // مظاهرات demonstrations
        ("\u0627\u0639\u062A\u0642\u0627\u0644", "COERCE", "arrest"),       // اعتقال arrest
    ];

    private static readonly (string Key, string Name, string Country, double Lat, double Lon)[] Places =
    [
        ("\u062F\u0645\u0634\u0642", "Damascus", "SYR", 33.513, 36.292),    // دمشق
        ("\u063A\u0632\u0647", "Gaza", "PSE", 31.502, 34.467),              // غزة
        ("\u0628\u0627\u0631\u064A\u0633", "Paris", "FRA", 48.857, 2.352),  // باريس
        ("\u0628\u064A\u0631\u0648\u062A", "Beirut", "LBN", 33.894, 35.502), // بيروت
        ("\u0628\u063A\u062F\u0627\u062F", "Baghdad", "IRQ", 33.315, 44.366), // بغداد
        ("\u0627\u0644\u0642\u0627\u0647\u0631\u0647", "Cairo", "EGY", 30.044, 31.236), // القاهرة
    ];

    private static readonly (string Key, string Name, string Country, string Sector)[] Actors =
    [
        ("\u0627\u0633\u0631\u0627\u064A\u064A\u0644", "Israel", "ISR", "GOV"),           // إسرائيل
        ("\u062D\u0645\u0627\u0633", "Hamas", "PSE", "REB"),                             // حماس
        ("\u0631\u0648\u0633\u064A\u0627", "Russia", "RUS", "GOV"),                      // روسيا
        ("\u0627\u064A\u0631\u0627\u0646", "Iran", "IRN", "GOV"),                        // إيران
        ("\u062A\u0631\u0643\u064A\u0627", "Turkey", "TUR", "GOV"),                      // تركيا
        ("\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0647", "Saudi Arabia", "SAU", "GOV"), // السعودية
    ];

    private const string Said = "\u0642\u0627\u0644"; // قال said

    public string Version { get; } = version;

    public AnalyzedArticle Analyze(SourceArticle article, CancellationToken cancellationToken = default)
    {
        if (delayMs > 0) Thread.Sleep(delayMs);
        var document = article.ToDocument();
        var view = ArabicNormalizer.Normalize(document.Text);
        var mentions = new List<EntityMention>();
        var entities = new Dictionary<string, (LinkedEntity Entity, List<int> Mentions)>();
        var events = new List<EventRecord>();
        var quotes = new List<QuoteRecord>();
        var date = article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (start, end) in Sentences(view.Text))
        {
            var sentence = view.Text[start..end];
            var places = Find(sentence, Places.Select(p => p.Key)).Select(h => (h.Index, Place: Places[h.Item])).ToList();
            var actors = Find(sentence, Actors.Select(a => a.Key)).Select(h => (h.Index, Actor: Actors[h.Item])).ToList();
            foreach (var (at, p) in places)
                AddMention(Range(view, start + at, p.Key.Length), p.Name, EntityType.LOC, p.Country, null);
            foreach (var (at, a) in actors)
                AddMention(Range(view, start + at, a.Key.Length), a.Name, a.Country == "PSE" ? EntityType.ORG : EntityType.LOC, a.Country, a.Sector);
            var triggers = Find(sentence, Triggers.Select(t => t.Key));
            (int Index, int Item) trigger = triggers.Count > 0 ? triggers[0] : (-1, -1);
            if (trigger.Index >= 0)
            {
                var (key, type, mode) = Triggers[trigger.Item];
                var location = places.Count > 0
                    ? new EventLocation(places[0].Place.Name, places[0].Place.Country, Range(view, start + places[0].Index, places[0].Place.Key.Length),
                        places[0].Place.Lat, places[0].Place.Lon, 1)
                    : null;
                var before = actors.Where(a => a.Index < trigger.Index).Select(a => Participant(view, start, a.Index, a.Actor)).Take(1).ToList();
                var after = actors.Where(a => a.Index > trigger.Index).Select(a => Participant(view, start, a.Index, a.Actor)).Take(1).ToList();
                events.Add(new EventRecord
                {
                    Type = type,
                    Mode = mode,
                    Actors = before,
                    Recipients = after,
                    Location = location,
                    Date = date,
                    Evidence = view.ToOriginal(start, end),
                    Trigger = Range(view, start + trigger.Index, key.Length),
                    Source = "fake:" + key,
                    AcledType = type == "ASSAULT" ? AcledTypes.TypeOf(mode) : null,
                    AcledSubType = type == "ASSAULT" ? AcledTypes.SubTypeOf(mode) : null,
                });
            }
            var said = sentence.IndexOf(Said, StringComparison.Ordinal);
            if (said >= 0 && end - start > said + Said.Length + 1)
                quotes.Add(new QuoteRecord(actors.Count > 0 ? actors[0].Actor.Name : "unknown", null,
                    view.ToOriginal(start + said + Said.Length + 1, end), Range(view, start + said, Said.Length), false, "fake:said"));
        }
        document.SetMentions(mentions);
        document.SetEntities([.. entities.Values.Select(v => v.Entity with { MentionIndices = v.Mentions })]);
        document.SetEvents(events);
        document.SetQuotes(quotes);
        return new AnalyzedArticle(article, document);

        void AddMention(TextRange range, string name, EntityType type, string? country, string? sector)
        {
            mentions.Add(new EntityMention(range, document.Slice(range), type, "fake"));
            if (!entities.TryGetValue(name, out var entry))
                entities[name] = entry = (new LinkedEntity(null, name, [], type, country, sector, []), []);
            entry.Mentions.Add(mentions.Count - 1);
        }
    }

    private static EventParticipant Participant(NormalizedText view, int sentenceStart, int at, (string Key, string Name, string Country, string Sector) a) =>
        new(a.Name, a.Country, a.Sector, Range(view, sentenceStart + at, a.Key.Length));

    private static TextRange Range(NormalizedText view, int start, int length) => view.ToOriginal(start, start + length);

    /// <summary>Each key's first occurrence in <paramref name="text"/> at a word start, in text order.</summary>
    private static List<(int Index, int Item)> Find(string text, IEnumerable<string> keys)
    {
        var hits = new List<(int, int)>();
        var i = 0;
        foreach (var key in keys)
        {
            var at = IndexOfWord(text, key);
            if (at >= 0) hits.Add((at, i));
            i++;
        }
        hits.Sort();
        return hits;
    }

    // A key found after up to two clitic letters (و ب ل ف) or the article still counts: "وبدمشق" names Damascus.
    private static int IndexOfWord(string text, string key)
    {
        for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var wordStart = at;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            if (at - wordStart <= 3) return at;
        }
        return -1;
    }

    private static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('.' or '!' or '?' or '\n')) continue;
            var s = start;
            var e = i;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) yield return (s, e);
            start = i + 1;
        }
    }
}
