using Hadath.Tagging;

namespace Hadath.Knowledge;

/// <summary>
/// Chooses among the entries a name matches. The score adds: how closely the name matched (exact over loose over
/// skeleton), how likely the entry is a priori (countries, curated actors, populous places, capitals), agreement
/// with the expected type, whether the entry's country is among the document's countries, and whether a person
/// held a role around the document date (Ehud Barak is no likely "باراك" in 2025). Partial names (a bare surname)
/// count only for entries the document names in full. Nothing matched, nothing forced: the result is NIL.
/// </summary>
public sealed class EntityLinker
{
    private readonly KnowledgeBase _kb;

    public EntityLinker(KnowledgeBase kb) => _kb = kb;

    /// <summary>The knowledge base this linker reads.</summary>
    public KnowledgeBase KnowledgeBase => _kb;

    /// <summary>Links one name (Arabic or Latin, without clitics) of expected type <paramref name="type"/> (null: any).</summary>
    public LinkResult Link(string name, EntityType? type, LinkContext context)
    {
        var candidates = Rank(_kb.Lookup(name), type, context, allowLookupOnly: true);
        return candidates.Count > 0
            ? new LinkResult(candidates[0].Entry, candidates[0].Entry.NameEn, candidates)
            : new LinkResult(null, Romanizer.ToEnglish(name, _kb.Transliterations), []);
    }

    /// <summary>Scores and orders <paramref name="hits"/>, best first; unusable hits (partial without antecedent) are dropped.</summary>
    public IReadOnlyList<LinkCandidate> Rank(IEnumerable<KbHit> hits, EntityType? type, LinkContext context, bool allowLookupOnly = false)
    {
        var list = new List<LinkCandidate>();
        foreach (var h in hits)
        {
            var e = _kb.Entries[h.Entry];
            if (h.Use == NameUse.LookupOnly && !allowLookupOnly) continue;
            if (h.Use == NameUse.Partial && !allowLookupOnly && context.NamedEntries?.Contains(e.Id) != true) continue;
            list.Add(new LinkCandidate(e, h.Entry, h.Tier, h.Use, Score(e, h, type, context)));
        }
        list.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index));
        return list;
    }

    private static double Score(KbEntry e, KbHit h, EntityType? type, LinkContext context)
    {
        var s = h.Tier switch { MatchTier.Exact => 3.0, MatchTier.Loose => 2.5, _ => 1.5 };
        if (h.Use == NameUse.Partial) s -= 0.5;
        s += e.Origin switch
        {
            "country" => 1.5,
            "curated" => 1.2,
            "ministry" => 0.8,
            "province" => 0.5,
            "countryinfo" => 0.3,
            "cameo" => 0.2,
            _ => 0,
        };
        if (e.Place is { } p && e.Origin is "geonames")
        {
            s += Math.Log10(p.Population + 1) / 7;
            if (p.FeatureCode == "PPLC") s += 0.5;
            else if (p.FeatureCode is "PPLA") s += 0.3;
        }
        if (type is { } t && t != e.Type) s -= 2;
        if (context.Countries is { } countries && e.Country is { } c && countries.Contains(c)) s += 1;
        if (context.NamedEntries?.Contains(e.Id) == true) s += 0.5;
        if (context.Date is { } date && e.Type == EntityType.PER && e.Roles.Count > 0) s += RoleFit(e, date);
        return s;
    }

    // +0.7 for a role held on the date; -0.7 when every role ended years before it or began after it.
    private static double RoleFit(KbEntry e, DateOnly date)
    {
        if (e.Roles.Any(r => r.ActiveOn(date))) return 0.7;
        var near = e.Roles.Any(r => (r.To is null || r.To.Value.AddYears(3) >= date) && (r.From is null || r.From.Value <= date.AddYears(1)));
        return near ? 0 : -0.7;
    }
}
