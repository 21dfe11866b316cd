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
    public static List<Participant> Find(Document document, SentenceView view, IReadOnlyDictionary<int, LinkedEntity> entityOfMention)
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
            var governed = FunctionWords.GluedClass(view.Keys[first], mention.Range.Start - view.Ranges[first].Start)
                ?? FunctionWords.ClassBefore(view.Keys, first);
            var isPlace = entity.Type == EntityType.LOC;
            var isCountry = isPlace && KnowledgeFacts.IsCountry(entity);
            var actor = new EventParticipant(entity.Name, entity.Country, entity.Sector, mention.Range, entity.EntryId);
            var place = isPlace ? new EventLocation(entity.Name, entity.Country, mention.Range, EntryId: entity.EntryId) : null;
            found.Add(new Participant(first, end, actor, place, isPlace, isCountry, governed, Type: entity.Type));
        }

        foreach (var match in ActorDescriptions.SectorNouns.FindAll(view.Keys))
        {
            var end = match.Start + match.Length;
            if (Enumerable.Range(match.Start, match.Length).Any(i => taken[i])) continue;
            var (country, countryEnd) = CountryAfter(view, end, found);
            var range = view.Span(match.Start, countryEnd);
            var name = country is null ? match.Value.Description : $"{match.Value.Description} ({country})";
            var actor = new EventParticipant(name, country, match.Value.Sector, range);
            var governed = FunctionWords.ClassBefore(view.Keys, match.Start);
            found.Add(new Participant(match.Start, countryEnd, actor, null, false, false, governed, match.Value.Sector is null));
            for (var i = match.Start; i < countryEnd; i++) taken[i] = true;
        }
        found.Sort((a, b) => a.First.CompareTo(b.First));
        return found;
    }

    /// <summary>The country a description names right after its noun: a nationality adjective or a country mention.</summary>
    private static (string? Country, int End) CountryAfter(SentenceView view, int at, List<Participant> named)
    {
        for (var i = at; i < Math.Min(view.Count, at + 2); i++)
        {
            if (ActorDescriptions.CountryOfDemonym(view.Keys[i]) is { } iso3) return (iso3, i + 1);
            var country = named.FirstOrDefault(p => p.First == i && p.IsCountry);
            if (country is not null) return (country.Actor.Country, country.End);
        }
        return (null, at);
    }
}
