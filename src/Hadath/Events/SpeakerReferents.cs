using Hadath.Knowledge;
using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// What a described speaker refers to across one article. A title alone ("مدعي عام باريس", the Paris prosecutor) is the
/// person the article names with that title ("المدعي العام فرنسوا مولينز"); a bare definite description ("الوزراء" the
/// ministers, "المسؤولون" the officials) is the last fuller description with the same head ("وزراء خارجية مجموعة السبع" =
/// G7 foreign ministers). Also joins a description to the body it belongs to: "مسؤولون في وزارة الدفاع" = Pentagon officials.
/// </summary>
/// <remarks>Positions are UTF-16 offsets into <see cref="Document.Text"/>.</remarks>
internal sealed class SpeakerReferents
{
    private readonly List<(int Position, string Title, string Name)> _titled = [];
    private readonly List<(int Position, string Name)> _described = [];
    private readonly Dictionary<string, LinkedEntity> _entityByName = new(StringComparer.Ordinal);

    /// <summary>Reads every sentence of the document once, collecting titled persons and descriptions in text order.</summary>
    public static SpeakerReferents Collect(Document document, IReadOnlyDictionary<int, LinkedEntity> entityOfMention)
    {
        var referents = new SpeakerReferents();
        foreach (var entity in document.Entities) referents._entityByName.TryAdd(entity.Name, entity);
        foreach (var sentence in document.Sentences)
        {
            var view = SentenceView.Of(document, sentence);
            foreach (var p in referents.Join(view, ParticipantFinder.Find(document, view, entityOfMention, speakers: true)))
            {
                if (p.Actor.Range is not { } range) continue;
                if (p.Type is EntityType.PER && p.Title is not null) referents._titled.Add((range.Start, p.Title, p.Actor.Name));
                else if (p.Type is null)
                    referents._described.Add((range.Start, referents.Antecedent(view, p, range.Start) ?? DescribedName(p)));
            }
        }
        return referents;
    }

    /// <summary>
    /// The participants with each description followed by "في" and the body it belongs to made one:
    /// "مسؤولون في وزارة الدفاع الأميركية" = Pentagon officials (the body's shortest English name, as reporters write it),
    /// "سكان في إدلب" = residents of Idlib (only civilians belong to a place; "officials in Damascus" serve a government).
    /// </summary>
    public List<Participant> Join(SentenceView view, List<Participant> participants)
    {
        var joined = new List<Participant>(participants.Count);
        for (var k = 0; k < participants.Count; k++)
        {
            var p = participants[k];
            var owner = k + 1 < participants.Count ? participants[k + 1] : null;
            if (p.Type is null && p.Noun is not null && p.Actor.Country is null && owner is not null
                && owner.First == p.End + 1 && view.Keys[p.End] == In && owner.Actor.Range is not null)
            {
                string? name = null;
                if (owner.Type is EntityType.ORG or EntityType.GRP && !owner.IsPlace) name = $"{ShortName(owner.Actor.Name)} {p.Noun}";
                else if (owner.IsPlace && !owner.IsCountry && p.Actor.Sector == "CVL") name = $"{p.Noun} of {owner.Actor.Name}";
                if (name is not null)
                {
                    var range = new TextRange(p.Actor.Range!.Value.Start, owner.Actor.Range.Value.End);
                    joined.Add(p with
                    {
                        End = owner.End, Noun = null,
                        Actor = new EventParticipant(name, owner.Actor.Country, p.Actor.Sector, range),
                    });
                    k++;
                    // "وزارة الدفاع الأميركية (البنتاغون)": the same body named again in brackets belongs to the joined one.
                    while (k + 1 < participants.Count && participants[k + 1].Actor.Name == owner.Actor.Name && participants[k + 1].First - owner.End <= 2)
                        k++;
                    continue;
                }
            }
            joined.Add(p);
        }
        return joined;
    }

    /// <summary>
    /// The name a described participant at <paramref name="position"/> stands for, or null when it introduces someone new:
    /// the person named with its title (the last before, else the first after), or for a definite description the last
    /// description before it whose words hold all of its words and end in the same head noun.
    /// </summary>
    public (string Name, bool Described)? Resolve(SentenceView view, Participant p, int position)
    {
        if (p.Type is not null) return null;
        if (p.Noun is not null && p.Actor.Country is null)
        {
            var before = _titled.LastOrDefault(t => t.Title == p.Noun && t.Position < position);
            var person = before.Name ?? _titled.FirstOrDefault(t => t.Title == p.Noun && t.Position > position).Name;
            if (person is not null) return (person, false);
        }
        return Antecedent(view, p, position) is { } name ? (name, true) : null;
    }

    private string? Antecedent(SentenceView view, Participant p, int position)
    {
        // "وزراء مجموعة السبع": a noun owned by a name is definite too.
        if (p.Noun is not null && !IsDefinite(view.Keys[p.First])) return null;
        var words = Words(DescribedName(p));
        if (words.Length == 0) return null;
        for (var i = _described.Count - 1; i >= 0; i--)
        {
            var (at, name) = _described[i];
            if (at >= position) continue;
            var earlier = Words(name);
            if (earlier.Length > words.Length && earlier[^1] == words[^1] && words.All(earlier.Contains)) return name;
        }
        return null;
    }

    /// <summary>The description as written, with only the country the text gives ("Yemeni field sources").</summary>
    private static string DescribedName(Participant p) => p.Noun is null ? p.Actor.Name : ActorDescriptions.Describe(p.Noun, p.Actor.Country);

    private static string[] Words(string name) =>
        name.ToLowerInvariant().Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"المسؤولون", "والمسؤولون": the article ال, possibly behind و, marks someone already introduced.</summary>
    private static bool IsDefinite(string key) =>
        key.StartsWith(Article, StringComparison.Ordinal) || key.StartsWith(ArabicLetters.Waw + Article, StringComparison.Ordinal);

    private const string Article = "\u0627\u0644"; // ال

    private const string In = "\u0641\u064A"; // في

    /// <summary>The shortest of an entity's English names ("Pentagon" for the United States Department of Defense).</summary>
    private string ShortName(string name) =>
        _entityByName.TryGetValue(name, out var entity)
            ? entity.Aliases.Append(name).Where(a => !a.Contains('-')).OrderBy(a => a.Length).FirstOrDefault() ?? name
            : name;
}
