namespace Hadath.Events;

/// <summary>
/// One record per real-world occurrence: an article that mentions the same strike three times yields one event.
/// Two records merge when they share type and date and either their place or a named participant.
/// </summary>
public static class EventMerger
{
    public static List<EventRecord> Merge(IReadOnlyList<EventRecord> events)
    {
        var merged = new List<EventRecord>();
        foreach (var e in events)
        {
            var same = merged.FindIndex(m => SameOccurrence(m, e));
            // "مقتل 9 مدنيين" with neither doer nor place adds victims to the event of that type just reported, not a new event.
            if (same < 0 && e.Actors.Count == 0 && e.Location is null && !e.Historical)
                same = merged.FindLastIndex(m => m.Type == e.Type && m.Historical == e.Historical && m.Hypothetical == e.Hypothetical && m.Negated == e.Negated);
            if (same < 0)
            {
                merged.Add(e);
                continue;
            }
            // The surer record leads; the other fills what it lacks.
            var (kept, other) = merged[same].Confidence >= e.Confidence ? (merged[same], e) : (e, merged[same]);
            merged[same] = kept with
            {
                Actors = kept.Actors.Count > 0 ? kept.Actors : other.Actors,
                Recipients = kept.Recipients.Count > 0 ? kept.Recipients : other.Recipients,
                Location = kept.Location ?? other.Location,
                Size = new EventSize(kept.Size.Dead ?? other.Size.Dead, kept.Size.Injured ?? other.Size.Injured, kept.Size.Arrested ?? other.Size.Arrested),
                Mode = kept.Mode ?? other.Mode,
            };
        }
        return merged;
    }

    private static bool SameOccurrence(EventRecord a, EventRecord b)
    {
        if (a.Type != b.Type || a.Date != b.Date || a.Historical != b.Historical || a.Hypothetical != b.Hypothetical || a.Negated != b.Negated)
            return false;
        // "G7 ministers asked Russia ...; Australia and the Netherlands, which ask Russia ...": different doers, different events.
        // Only named doers count: "aircraft" and "coalition aircraft" may well be the same.
        if (a.Actors.Count > 0 && b.Actors.Count > 0 && a.Actors.Concat(b.Actors).All(x => x.EntryId is not null)
            && !a.Actors.Any(x => b.Actors.Any(y => SameParty(x, y))))
            return false;
        if (a.Location is { } la && b.Location is { } lb) return la.Name == lb.Name;
        // One of the two is unplaced: the same parties (by name, or by country among named states) make it the same event.
        return a.Actors.Concat(a.Recipients).Any(x => b.Actors.Concat(b.Recipients).Any(y => SameParty(x, y)));
    }

    private static bool SameParty(EventParticipant x, EventParticipant y) =>
        x.Name == y.Name || (x.Country is not null && x.Country == y.Country && x.Sector == y.Sector);
}
