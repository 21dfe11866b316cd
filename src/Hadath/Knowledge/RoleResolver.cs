using Hadath.Tagging;

namespace Hadath.Knowledge;

/// <summary>
/// Resolves a description by title, country and date to the entries that held that position then:
/// "وزير الخارجية السوري" on 2025-07-25 → Asaad al-Shaibani; "الرئيس المؤقت في سوريا" → Ahmed al-Sharaa;
/// "الأمين العام للأمم المتحدة" in 2018 → António Guterres. The title is the longest kb/titles.tsv phrase the
/// description starts with (after an optional conjunction); the office holder's country comes from a demonym
/// ("السوري"), a country name ("سوريا", "في سوريا") or an organisation ("للأمم المتحدة") in the rest.
/// </summary>
public sealed class RoleResolver
{
    private readonly KnowledgeBase _kb;
    private readonly Dictionary<string, List<(int Entry, KbRole Role)>> _byRole = new(StringComparer.Ordinal);
    private readonly int _longestTitle;

    public RoleResolver(KnowledgeBase kb)
    {
        _kb = kb;
        for (var i = 0; i < kb.Entries.Count; i++)
            foreach (var r in kb.Entries[i].Roles)
                if (r.Role is not null)
                {
                    if (!_byRole.TryGetValue(r.Role, out var list)) _byRole[r.Role] = list = [];
                    list.Add((i, r));
                }
        _longestTitle = kb.Titles.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(0).Max();
    }

    /// <summary>The role key and office (ISO3 or organisation id) a description names, or null when it names no title.</summary>
    public (string Role, string? Office, int TitleWords)? Parse(IReadOnlyList<string> words)
    {
        // The title as written, else without a glued conjunction و ("ووزير"); "وزير" itself starts with و.
        foreach (var strip in (ReadOnlySpan<bool>)[false, true])
        {
            if (strip && (words.Count == 0 || words[0].Length < 4 || words[0][0] != '\u0648')) break;
            var w = strip ? [words[0][1..], .. words.Skip(1)] : words;
            for (var n = Math.Min(_longestTitle, w.Count); n >= 1; n--)
            {
                var key = string.Join(' ', w.Take(n));
                if (_kb.Titles.TryGetValue(key, out var role)) return (role, Office(w, n), n);
            }
        }
        return null;
    }

    /// <summary>
    /// Entries holding the described position on <paramref name="date"/> (any date when null), best first: an exact
    /// office match before a role without office, a role held on the date before one that is not.
    /// </summary>
    public IReadOnlyList<(KbEntry Entry, KbRole Role)> Resolve(string description, DateOnly? date)
    {
        var words = NameKeys.Exact(description).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (Parse(words) is not { } parsed || parsed.Office is null) return [];
        if (!_byRole.TryGetValue(parsed.Role, out var holders)) return [];
        return holders
            .Where(h => h.Role.Country == parsed.Office && (date is null || h.Role.ActiveOn(date.Value)))
            .OrderByDescending(h => h.Role.From ?? DateOnly.MinValue)
            .Select(h => (_kb.Entries[h.Entry], h.Role))
            .DistinctBy(h => h.Item1.Id)
            .ToList();
    }

    // The office named after the title: a demonym, a country or an organisation, skipping linking words.
    private string? Office(IReadOnlyList<string> words, int from)
    {
        for (var i = from; i < words.Count && i < from + 6; i++)
        {
            if (_kb.DemonymCountry(words[i]) is { } iso) return iso;
            for (var n = Math.Min(5, words.Count - i); n >= 1; n--)
            {
                var name = string.Join(' ', words.Skip(i).Take(n));
                foreach (var candidate in new[] { name, StripPreposition(name) })
                    foreach (var hit in _kb.Lookup(candidate))
                    {
                        var e = _kb.Entries[hit.Entry];
                        if (hit.Tier != MatchTier.Exact && hit.Tier != MatchTier.Loose) continue;
                        if (e.Origin == "country") return e.Country;
                        if (e.Type is EntityType.ORG) return e.Id;
                    }
            }
        }
        return null;
    }

    // "للأمم" → "الأمم", "لسوريا" → "سوريا": the preposition ل glued to the office ("الأمين العام للأمم المتحدة").
    private static string StripPreposition(string name)
    {
        if (name.Length > 3 && name[0] == '\u0644' && name[1] == '\u0644') return "\u0627" + name[1..];
        if (name.Length > 3 && name[0] is '\u0644' or '\u0628') return name[1..];
        return name;
    }
}
