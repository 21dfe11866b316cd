using Hadath.Knowledge;
using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// Lists the participants of one sentence: named entities (from the mention and link layers) and described ones
/// ("القوات الإسرائيلية" = Israeli forces, via <see cref="ActorDescriptions"/>), each with the preposition governing it.
/// </summary>
internal static class ParticipantFinder
{
    /// <param name="speakers">Also read the nouns that only name speakers (<see cref="SectorNoun.QuotesOnly"/>).</param>
    public static List<Participant> Find(Document document, SentenceView view, IReadOnlyDictionary<int, LinkedEntity> entityOfMention,
        bool speakers = false)
    {
        var found = new List<Participant>();
        var taken = new bool[view.Count];
        var mentions = document.Mentions;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (!view.Sentence.Range.Overlaps(mention.Range) || !entityOfMention.TryGetValue(m, out var entity)) continue;
            if (entity.Type is EntityType.DATE or EntityType.NUMBER or EntityType.MISC) continue;
            var first = view.FirstTokenOverlapping(mention.Range);
            var end = view.EndTokenOverlapping(mention.Range);
            if (first < 0 || Enumerable.Range(first, end - first).Any(i => taken[i])) continue;
            for (var i = first; i < end; i++) taken[i] = true;
            var governed = FunctionWords.GluedClass(view.Keys[first], mention.Range.Start - view.Ranges[first].Start) is { } glued
                && Governed(view, first) != "source" ? glued : Governed(view, first);
            var isPlace = entity.Type == EntityType.LOC;
            var isCountry = isPlace && KnowledgeFacts.IsCountry(entity);
            var actor = new EventParticipant(entity.Name, entity.Country, entity.Sector, mention.Range, entity.EntryId);
            var place = isPlace ? new EventLocation(entity.Name, entity.Country, mention.Range, EntryId: entity.EntryId) : null;
            found.Add(new Participant(first, end, actor, place, isPlace, isCountry, governed, Type: entity.Type));
        }

        foreach (var match in ActorDescriptions.SectorNouns.FindAll(view.Keys))
        {
            var end = match.Start + match.Length;
            if (match.Value.QuotesOnly && !speakers) continue;
            if (Enumerable.Range(match.Start, match.Length).Any(i => taken[i])) continue;
            var (country, countryEnd) = CountryAfter(view, end, found);
            var governed = Governed(view, match.Start);

            // "رئيس الوزراء الإسرائيلي بنيامين نتنياهو": a title right before a name describes that person; the name stands.
            var named = found.FirstOrDefault(p => p.First >= countryEnd && p.First - countryEnd <= 1 && p.Type is EntityType.PER);
            if (named is not null)
            {
                var index = found.IndexOf(named);
                found[index] = named with { First = match.Start, Governed = governed, Title = match.Value.Description, Actor = named.Actor.Sector is null ? named.Actor with { Sector = match.Value.Sector } : named.Actor };
                for (var i = match.Start; i < named.End; i++) taken[i] = true;
                continue;
            }
            // "مقاتلي الدروز" (fighters of the Druze): the group the noun belongs to gives name and country.
            var owner = found.FirstOrDefault(p => p.First == countryEnd && p.Type is EntityType.GRP or EntityType.ORG && !p.IsPlace);
            string name;
            var owned = owner is not null && country is null;
            if (owned)
            {
                name = $"{owner!.Actor.Name} {match.Value.Description}";
                country = owner.Actor.Country;
                found.Remove(owner);
                countryEnd = owner.End;
            }
            else name = country is null ? match.Value.Description : $"{match.Value.Description} ({country})";
            var range = view.Span(match.Start, countryEnd);
            found.Add(new Participant(match.Start, countryEnd, new EventParticipant(name, country, match.Value.Sector, range), null, false, false,
                governed, match.Value.Sector is null, Noun: owned ? null : match.Value.Description));
            for (var i = match.Start; i < countryEnd; i++) taken[i] = true;

            // "المسؤولون السوريون والإسرائيليون": a second nationality joined by و describes a second party.
            var next = countryEnd;
            while (country is not null && next < view.Count && view.Keys[next].Length > 1 && view.Keys[next][0] == ArabicLetters.Waw
                   && ActorDescriptions.CountryOfDemonym(view.Keys[next][1..]) is { } other)
            {
                var r = view.Ranges[next];
                found.Add(new Participant(next, next + 1, new EventParticipant($"{match.Value.Description} ({other})", other, match.Value.Sector, r),
                    null, false, false, governed, match.Value.Sector is null, Noun: match.Value.Description));
                taken[next] = true;
                next++;
            }
        }
        found.Sort((a, b) => a.First.CompareTo(b.First));
        // "لأستراليا وهولندا": a participant joined by و to the one before shares its preposition.
        for (var k = 1; k < found.Count; k++)
        {
            var (previous, current) = (found[k - 1], found[k]);
            var joined = (current.First == previous.End && view.Keys[current.First].Length > 1 && view.Keys[current.First][0] == ArabicLetters.Waw)
                || (current.First == previous.End + 1 && view.Keys[previous.End] == "\u0648");
            if (joined && current.Governed is null && previous.Governed is not null && current.IsPlace == previous.IsPlace)
                found[k] = current with { Governed = previous.Governed };
        }
        return found;
    }

    /// <summary>
    /// The function word governing a participant at token <paramref name="first"/>; an attribution ("وفقا لمصدر", "بحسب")
    /// reaches two tokens back, because the source is not a party to the event it sources.
    /// </summary>
    private static string? Governed(SentenceView view, int first)
    {
        var direct = FunctionWords.ClassBefore(view.Keys, first);
        // "فيها" already holds its object (a pronoun): it governs nothing after it.
        if (direct == "resumptive") return null;
        if (direct is not null) return direct;
        return first >= 2 && FunctionWords.ClassOf(view.Keys[first - 2]) == "source" ? "source" : null;
    }

    /// <summary>The country a description names right after its noun: a nationality adjective or a country mention.</summary>
    private static (string? Country, int End) CountryAfter(SentenceView view, int at, List<Participant> named)
    {
        for (var i = at; i < Math.Min(view.Count, at + 2); i++)
        {
            // "المحللون إن إسرائيل ...": a complementizer or a comma ends the description; the country is in the statement.
            if (i > at && (view.Keys[i - 1].Length == 0 || !char.IsLetter(view.Keys[i - 1][0]) || SpeechLexicon.Default.MatchAt(view.Keys, i - 1) is not null))
                break;
            if (ActorDescriptions.CountryOfDemonym(view.Keys[i]) is { } iso3) return (iso3, i + 1);
            var country = named.FirstOrDefault(p => p.First == i && p.IsCountry);
            if (country is not null) return (country.Actor.Country, country.End);
        }
        return (null, at);
    }
}
