using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Knowledge;

/// <summary>
/// Turns gazetteer matches into mentions and linked entities for one document, in two passes: first the context
/// (countries named unambiguously or by demonym, entries named in full), then each match's entry chosen by
/// <see cref="EntityLinker"/> in that context. A partial name (bare surname) goes to the fully named entry it
/// belongs to, the nearest one before it when several share it; with none, the match is dropped.
/// </summary>
public sealed class DocumentLinker
{
    /// <summary>Name of this component in mention provenance.</summary>
    public const string Source = "kb-gazetteer";

    private readonly GazetteerMatcher _matcher;
    private readonly EntityLinker _linker;

    public DocumentLinker(KnowledgeBase kb)
    {
        _matcher = new GazetteerMatcher(kb);
        _linker = new EntityLinker(kb);
    }

    /// <summary>The linker used to rank candidates (also for mentions other stages find).</summary>
    public EntityLinker Linker => _linker;

    /// <summary>
    /// A governorate named like its capital ("محافظة إدلب" beside "إدلب") joins the city's entity: news uses the two
    /// names interchangeably for one place of events, and the reference annotations (../shared/gold) list them as
    /// one entity with the other as alias.
    /// </summary>
    private static void FoldProvincesIntoCities(Dictionary<string, (KbEntry Entry, List<int> Mentions)> byEntry)
    {
        foreach (var province in byEntry.Values.Where(g => g.Entry.Origin == "province").ToList())
        {
            var names = province.Entry.NamesAr.Select(n => NameKeys.Loose(NameKeys.Exact(n.Text))).ToHashSet(StringComparer.Ordinal);
            var city = byEntry.Values.FirstOrDefault(g => g.Entry.Place?.FeatureClass == 'P' && g.Entry.Country == province.Entry.Country
                && g.Entry.NamesAr.Any(n => names.Contains(NameKeys.Loose(NameKeys.Exact(n.Text)))));
            if (city.Entry is null) continue;
            city.Mentions.AddRange(province.Mentions);
            city.Mentions.Sort();
            byEntry.Remove(province.Entry.Id);
        }
    }

    /// <summary>Mentions (ranges in <paramref name="text"/>) and the entities they link to, each entity's mentions in text order.</summary>
    public (IReadOnlyList<EntityMention> Mentions, IReadOnlyList<LinkedEntity> Entities) Annotate(string text, DateOnly? date)
    {
        var view = ArabicNormalizer.Normalize(text, NormalizationRules.ForMatching);
        var words = NameKeys.Words(view.Text);
        var matches = _matcher.Scan(text, view, words);
        var kb = _linker.KnowledgeBase;

        // Pass 1: context. An entry is "named" when a full name of it matched with no competitor of the same type.
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            var full = m.Hits.Where(h => h.Use == NameUse.Full).ToList();
            if (full.Count == 0) continue;
            var top = _linker.Rank(full, null, new LinkContext(date));
            if (top.Count == 0) continue;
            named.Add(top[0].Entry.Id);
            if (top[0].Entry.Origin == "country" && top[0].Entry.Country is { } iso) countries.Add(iso);
        }
        foreach (var (_, _, word) in words)
            if (word.Length > 3 && kb.DemonymCountry(word) is { } iso) countries.Add(iso);
        var context = new LinkContext(date, countries, named);

        // Pass 2: choose an entry per match.
        var mentions = new List<EntityMention>();
        var byEntry = new Dictionary<string, (KbEntry Entry, List<int> Mentions)>(StringComparer.Ordinal);
        var lastSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            var ranked = _linker.Rank(m.Hits, null, context);
            if (ranked.Count == 0) continue;
            var chosen = ranked[0];
            if (chosen.Use == NameUse.Partial)
            {
                // Among fully named owners of this partial name, the one named most recently before it.
                var owners = ranked.Where(c => c.Use == NameUse.Partial && lastSeen.ContainsKey(c.Entry.Id)).ToList();
                if (owners.Count > 0) chosen = owners.MaxBy(c => lastSeen[c.Entry.Id])!;
            }
            var confidence = chosen.Tier switch { MatchTier.Exact => 1.0, MatchTier.Loose => 0.9, _ => 0.75 };
            if (chosen.Use == NameUse.Partial) confidence -= 0.1;
            mentions.Add(new EntityMention(m.Range, m.Text, chosen.Entry.Type, $"{Source}/{chosen.Tier}", confidence));
            if (!byEntry.TryGetValue(chosen.Entry.Id, out var group)) byEntry[chosen.Entry.Id] = group = (chosen.Entry, []);
            group.Mentions.Add(mentions.Count - 1);
            if (chosen.Use == NameUse.Full) lastSeen[chosen.Entry.Id] = m.Range.Start;
        }
        FoldProvincesIntoCities(byEntry);
        var entities = byEntry.Values
            .Select(g => new LinkedEntity(g.Entry.Id, g.Entry.NameEn, g.Entry.AliasesEn.Where(a => a.Use == NameUse.Full).Select(a => a.Text).Take(8).ToList(),
                g.Entry.Type, g.Entry.Country, g.Entry.SectorOn(date), g.Mentions))
            .ToList();
        return (mentions, entities);
    }
}
