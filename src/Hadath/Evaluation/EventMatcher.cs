using Hadath.Output;

namespace Hadath.Evaluation;

/// <summary>
/// Event pairing of the Python scorer: <c>match_events</c>, <c>actors_overlap</c>, <c>loc_same</c> and
/// <c>optional</c>, with the same truthiness rules (null and empty are both "absent").
/// </summary>
internal static class EventMatcher
{
    /// <summary>
    /// One-to-one (gold index, system index) pairs of the same type that share an actor, a recipient or the
    /// location, best first: score = shared actor + shared recipient + same location + same date, ties kept in
    /// (gold, system) order because Python's sort is stable.
    /// </summary>
    public static List<(int Gold, int System)> Match(AliasTable names, IReadOnlyList<EventJson> gold, IReadOnlyList<EventJson> system)
    {
        var pairs = new List<(int Score, int Gold, int System)>();
        for (var i = 0; i < gold.Count; i++)
        {
            for (var j = 0; j < system.Count; j++)
            {
                var g = gold[i];
                var s = system[j];
                if (!string.Equals(g.Type, s.Type, StringComparison.Ordinal)) continue;
                var a = ActorsOverlap(names, g.Actor, s.Actor);
                var r = ActorsOverlap(names, g.Recipient, s.Recipient);
                var l = LocationSame(names, g.Location, s.Location);
                if (a || r || l)
                    pairs.Add((ToInt(a) + ToInt(r) + ToInt(l) + ToInt(g.Date == s.Date), i, j));
            }
        }
        var usedGold = new HashSet<int>();
        var usedSystem = new HashSet<int>();
        var matched = new List<(int, int)>();
        // OrderByDescending is a stable sort, like Python's list.sort(key=lambda t: -t[0]).
        foreach (var (_, i, j) in pairs.OrderByDescending(p => p.Score))
        {
            if (usedGold.Contains(i) || usedSystem.Contains(j)) continue;
            usedGold.Add(i);
            usedSystem.Add(j);
            matched.Add((i, j));
        }
        return matched;
    }

    /// <summary>True when some gold participant and some system participant have the same name, or the gold one
    /// has a country and a sector and the system one has the same two.</summary>
    public static bool ActorsOverlap(AliasTable names, IReadOnlyList<ActorJson> xs, IReadOnlyList<ActorJson> ys)
    {
        foreach (var x in xs)
        {
            foreach (var y in ys)
            {
                if (names.Same(x.Name, y.Name)) return true;
                if (!string.IsNullOrEmpty(x.Country) && !string.IsNullOrEmpty(x.Sector)
                    && x.Country == y.Country && x.Sector == y.Sector)
                    return true;
            }
        }
        return false;
    }

    /// <summary>True when both locations are present and their names match.</summary>
    /// <remarks>Python treats an empty object <c>{}</c> as absent; after deserialisation it cannot be told from
    /// <c>{"name": null, "country": null}</c> (present in Python), so both count as present here. Only the
    /// "both absent" argument check can differ, and only for a literal <c>{}</c>.</remarks>
    public static bool LocationSame(AliasTable names, LocationJson? a, LocationJson? b) =>
        a is not null && b is not null && names.Same(a.Name, b.Name);

    /// <summary>Historical, hypothetical or negated gold events: matching one counts nothing, missing one costs nothing.</summary>
    public static bool IsOptional(EventJson e) => e.Historical || e.Hypothetical || e.Negated;

    private static int ToInt(bool b) => b ? 1 : 0;
}
