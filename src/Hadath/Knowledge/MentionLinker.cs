using Hadath.Tagging;

namespace Hadath.Knowledge;

/// <summary>
/// Links mentions another stage found (the learned tagger) to knowledge-base entries, keeping unknown names as NIL
/// entities: mentions that name one entry form one <see cref="LinkedEntity"/>; NIL mentions with the same loose key
/// ("وائل عباس", "عباس" after it as a partial) form one NIL entity named by its longest surface form, romanised.
/// Clitics are stripped from each mention's text before lookup ("للدروز" → "الدروز").
/// </summary>
public sealed class MentionLinker
{
    private readonly EntityLinker _linker;

    public MentionLinker(KnowledgeBase kb) => _linker = new EntityLinker(kb);

    /// <summary>One entity per entry or NIL name; <see cref="LinkedEntity.MentionIndices"/> index <paramref name="mentions"/>.</summary>
    public IReadOnlyList<LinkedEntity> Link(IReadOnlyList<EntityMention> mentions, LinkContext context)
    {
        var kb = _linker.KnowledgeBase;
        var groups = new Dictionary<string, (KbEntry? Entry, string Surface, EntityType Type, List<int> Mentions)>(StringComparer.Ordinal);
        var nilKeys = new List<string>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var result = LinkText(m.Text, m.Type, context);
            string key;
            if (result.Entry is { } e) key = e.Id;
            else
            {
                var loose = NameKeys.Loose(NameKeys.Exact(m.Text));
                // A NIL surname joins the NIL full name it ends ("عباس" after "وائل عباس").
                key = "nil:" + (nilKeys.FirstOrDefault(k => k.EndsWith(" " + loose, StringComparison.Ordinal) || k == loose) ?? loose);
                if (!nilKeys.Contains(key[4..])) nilKeys.Add(key[4..]);
            }
            if (!groups.TryGetValue(key, out var g)) groups[key] = g = (result.Entry, m.Text, m.Type, []);
            if (result.Entry is null && m.Text.Length > g.Surface.Length) groups[key] = g = g with { Surface = m.Text };
            g.Mentions.Add(i);
        }
        return groups.Values.Select(g => g.Entry is { } e
                ? new LinkedEntity(e.Id, e.NameEn, e.AliasesEn.Where(a => a.Use == NameUse.Full).Select(a => a.Text).Take(8).ToList(), e.Type,
                    e.Country, e.SectorOn(context.Date), g.Mentions)
                : new LinkedEntity(null, Romanizer.ToEnglish(g.Surface, kb.Transliterations), [], g.Type, null, null, g.Mentions))
            .ToList();
    }

    // The mention text as written, else its clitic-stripped readings; partial names count only for named entries.
    private LinkResult LinkText(string text, EntityType type, LinkContext context)
    {
        var words = NameKeys.Exact(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return new LinkResult(null, text, []);
        foreach (var (stem, _) in Clitics.Stems(words[0]))
        {
            var name = string.Join(' ', words.Skip(1).Prepend(stem));
            var ranked = _linker.Rank(_linker.KnowledgeBase.Lookup(name), type, context);
            if (ranked.Count > 0 && (ranked[0].Entry.Type == type || type is EntityType.MISC))
                return new LinkResult(ranked[0].Entry, ranked[0].Entry.NameEn, ranked);
        }
        return new LinkResult(null, Romanizer.ToEnglish(text, _linker.KnowledgeBase.Transliterations), []);
    }
}
