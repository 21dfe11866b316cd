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
            if (same < 0)
            {
                merged.Add(e);
                continue;
            }
            var kept = merged[same];
            merged[same] = kept with
            {
                Actors = kept.Actors.Count > 0 ? kept.Actors : e.Actors,
                Recipients = kept.Recipients.Count > 0 ? kept.Recipients : e.Recipients,
                Location = kept.Location ?? e.Location,
                Size = new EventSize(kept.Size.Dead ?? e.Size.Dead, kept.Size.Injured ?? e.Size.Injured, kept.Size.Arrested ?? e.Size.Arrested),
                Mode = kept.Mode ?? e.Mode,
                Confidence = Math.Max(kept.Confidence, e.Confidence),
            };
        }
        return merged;
    }

    private static bool SameOccurrence(EventRecord a, EventRecord b)
    {
        if (a.Type != b.Type || a.Date != b.Date || a.Historical != b.Historical || a.Hypothetical != b.Hypothetical || a.Negated != b.Negated)
            return false;
        if (a.Location is { } la && b.Location is { } lb && la.Name == lb.Name) return true;
        return a.Actors.Any(x => b.Actors.Any(y => x.Name == y.Name)) && (a.Location is null || b.Location is null);
    }
}
