namespace Hadath.Events;

/// <summary>
/// Gives the participants of a sentence their roles for one trigger, by Arabic word order and prepositions:
/// the doer follows a verb (VSO) or precedes it, "من قبل X" names the doer of a passive or nominal event,
/// "على/ضد X" the target, "في X" the place, and "بين A و B" the two sides of a clash.
/// </summary>
internal static class RoleAssigner
{
    /// <summary>How far from the trigger a participant can still fill a role, in tokens.</summary>
    private const int ReachAfter = 12, ReachBefore = 7, AgentReach = 6, PlaceReachBefore = 4;

    /// <param name="OtherPlaces">Towns or provinces joined to <paramref name="Place"/> by "و" ("في صعدة والجوف وحجة"): each is a place of its own event.</param>
    public sealed record Roles(List<Participant> Actors, List<Participant> Recipients, Participant? Place, int? CountryActorToken,
        List<Participant>? OtherPlaces = null);

    /// <param name="clauseEnd">Token where the trigger's clause ends (the next trigger or speech verb): roles are not sought past it.</param>
    public static Roles Assign(SentenceView view, List<Participant> participants, int triggerStart, int triggerEnd, int clauseEnd)
    {
        participants = participants.Where(p => !p.SpeakerOnly && p.Governed != "source").ToList();
        var after = participants.Where(p => p.First >= triggerEnd && p.First - triggerEnd <= ReachAfter && p.First < clauseEnd).ToList();
        var before = participants.Where(p => p.End <= triggerStart && triggerStart - p.End <= ReachBefore).Reverse().ToList();
        var actors = new List<Participant>();
        var recipients = new List<Participant>();

        // "السياج الذي يفصل بين غزة وإسرائيل": two places after بين locate the event; they are not its two sides.
        var between = after.FirstOrDefault(p => p.Governed == "between" && !IsMerePlace(p));
        if (between is not null)
        {
            actors.Add(between);
            recipients.AddRange(after.Where(p => p.First > between.First && p.Governed is null or "between" && !IsMerePlace(p)));
        }
        else
        {
            // "من قبل X" names the doer only close to the trigger; further on it belongs to another clause.
            var agent = after.FirstOrDefault(p => p.Governed == "agent" && p.First - triggerEnd <= AgentReach);
            // "المسؤولين الذين يتهم X": after a relative pronoun the doer is the noun before the pronoun.
            // A pronoun that returns to the relative's head ("القمة التي رفضت فيها روسيا") shows the head is not the doer.
            var relative = triggerStart >= 1 && FunctionWords.ClassOf(view.Keys[triggerStart - 1]) == "relative"
                && !(triggerEnd < view.Count && FunctionWords.ClassOf(view.Keys[triggerEnd]) == "resumptive");
            // "لأستراليا وهولندا اللتين تطالبان": the relative's head does the verb, whatever preposition it carries.
            var head = relative && agent is null ? before.FirstOrDefault(p => p.End == triggerStart - 1 && !IsMerePlace(p)) : null;
            var subject = agent ?? head
                ?? (relative ? null : after.Take(2).FirstOrDefault(p => p.Governed is null && !IsMerePlace(p) && p.First - triggerEnd <= 4))
                ?? before.FirstOrDefault(p => p.Governed is null && !IsMerePlace(p));
            if (head is not null)
                actors.AddRange(before.Where(p => p.IsPlace == head.IsPlace && Coordinated(view, participants, p).Contains(head)).Reverse());
            else if (subject is not null) actors.AddRange(Coordinated(view, participants, subject));
            // "غارات على محافظة الحديدة": a town or province struck is where the event happens, not a party to it.
            var target = after.FirstOrDefault(p => p.Governed == "target" && !actors.Contains(p) && !IsMerePlace(p))
                ?? after.FirstOrDefault(p => p.Governed is null or "with" && !actors.Contains(p) && !IsMerePlace(p));
            if (target is not null) recipients.AddRange(Coordinated(view, participants, target).Where(p => !actors.Contains(p)));
        }

        // The place: a named place after the trigger ("في باريس", or a town struck: "استهدفت ... دمشق"), else one just before it;
        // a town beats a country, which is usually only the setting.
        var place = after.Where(p => p.IsPlace && (p.Governed is "place" or "target" || (p.Governed is null && !p.IsCountry)))
                .Concat(before.Where(p => p.IsPlace && p.Governed is "place" && triggerStart - p.End <= PlaceReachBefore))
            .Where(p => !actors.Contains(p) && !recipients.Contains(p))
            .OrderBy(p => p.IsCountry).ThenBy(p => p.First < triggerStart).ThenBy(p => Math.Abs(p.First - triggerStart)).FirstOrDefault();

        // A nationality adjective right after a nominal trigger names the doer: "الغارات الإسرائيلية", "غارة تركية".
        int? countryActorToken = null;
        if (actors.Count == 0)
            for (var i = triggerEnd; i < Math.Min(view.Count, triggerEnd + 2); i++)
                if (ActorDescriptions.CountryOfDemonym(view.Keys[i]) is not null && !participants.Any(p => p.First <= i && i < p.End))
                {
                    countryActorToken = i;
                    break;
                }
        var otherPlaces = place is not null && IsMerePlace(place)
            ? Coordinated(view, participants, place).Skip(1).TakeWhile(IsMerePlace).ToList()
            : null;
        return new Roles(actors, recipients, place, countryActorToken, otherPlaces);
    }

    /// <summary>A town or region is a place, not a doer; a country can be both.</summary>
    private static bool IsMerePlace(Participant p) => p.IsPlace && !p.IsCountry;

    /// <summary>The participant and those joined to it by "و" right after it ("روسيا وتركيا وإيران").</summary>
    private static IEnumerable<Participant> Coordinated(SentenceView view, List<Participant> all, Participant head)
    {
        yield return head;
        var current = head;
        while (true)
        {
            var next = all.FirstOrDefault(p => p.First >= current.End && p.First <= current.End + 1 && p.IsPlace == head.IsPlace
                && (view.Keys[p.First].StartsWith('\u0648') || (p.First > current.End && view.Keys[current.End] == "\u0648")));
            if (next is null) yield break;
            yield return next;
            current = next;
        }
    }
}
