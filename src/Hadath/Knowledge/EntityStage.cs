using Hadath.Pipeline;
using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Knowledge;

/// <summary>
/// Finds and links the entities of a document from two sources: the knowledge-base gazetteer (<see cref="DocumentLinker"/>,
/// precise on known names) and the learned tagger (<see cref="NerStage.FindMentions"/>, which also finds names no list holds).
/// Gazetteer mentions win where the two overlap; the tagger's other mentions are linked by <see cref="MentionLinker"/> in
/// the gazetteer's context, joining an entity already found or standing as NIL entities with their surface form.
/// </summary>
public sealed class EntityStage : IStage
{
    private readonly DocumentLinker _gazetteer;
    private readonly MentionLinker _linker;
    private readonly NamedEntityTagger? _tagger;

    /// <param name="tagger">The learned tagger, or null for the gazetteer alone.</param>
    public EntityStage(KnowledgeBase kb, NamedEntityTagger? tagger)
    {
        _gazetteer = new DocumentLinker(kb);
        _linker = new MentionLinker(kb);
        _tagger = tagger;
    }

    /// <summary>Tagger mentions of these types are kept; MISC (events, products, titles) is no entity of an article.</summary>
    public IReadOnlySet<EntityType> TaggerTypes { get; init; } = new HashSet<EntityType> { EntityType.PER, EntityType.ORG, EntityType.LOC };

    public string Name => _tagger is null ? DocumentLinker.Source : DocumentLinker.Source + "+ner-perceptron";
    public Layers Requires => _tagger is null ? Layers.None : Layers.Tokens | Layers.Words | Layers.Sentences;
    public Layers Provides => Layers.Mentions | Layers.Links;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var (known, entities) = _gazetteer.Annotate(document.Text, document.Published);
        if (_tagger is null)
        {
            document.SetMentions(known);
            document.SetEntities(entities);
            return;
        }
        var found = NerStage.FindMentions(document, _tagger, "ner-perceptron", cancellationToken)
            .Where(m => TaggerTypes.Contains(m.Type) && !known.Any(k => k.Range.Overlaps(m.Range)))
            .ToList();
        var mentions = known.Concat(found).ToList();
        var merged = entities.Select(e => e with { MentionIndices = e.MentionIndices.ToList() }).ToList();
        var countries = entities.Where(e => e.Country is not null).Select(e => e.Country!).ToHashSet(StringComparer.Ordinal);
        var named = entities.Where(e => e.EntryId is not null).Select(e => e.EntryId!).ToHashSet(StringComparer.Ordinal);
        var context = new LinkContext(document.Published, countries, named);
        foreach (var entity in _linker.Link(found, context))
        {
            if (entity.EntryId is null && !PlausibleNil(entity, found)) continue;
            var indices = entity.MentionIndices.Select(i => known.Count + i).ToList();
            var same = entity.EntryId is null ? -1 : merged.FindIndex(e => e.EntryId == entity.EntryId);
            if (same >= 0)
                merged[same] = merged[same] with { MentionIndices = merged[same].MentionIndices.Concat(indices).Order().ToList() };
            else
                merged.Add(entity with { MentionIndices = indices });
        }
        document.SetMentions(mentions);
        document.SetEntities(merged);
    }

    /// <summary>
    /// A name no list holds is kept when it looks like one: a person or organisation named in two words or more.
    /// Single words the tagger marks are mostly common nouns ("القصر" the palace, "تنظيم" organisation), and places are
    /// the gazetteer's strength (GeoNames' Arabic names), so an unknown one-word or place name is more often wrong than new.
    /// </summary>
    private static bool PlausibleNil(LinkedEntity entity, List<EntityMention> found) =>
        entity.Type is EntityType.PER or EntityType.ORG
        && entity.MentionIndices.Any(i => found[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2);
}
