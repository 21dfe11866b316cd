using Hadath.Pipeline;
using Hadath.Text;

namespace Hadath.Knowledge;

/// <summary>
/// Pipeline stage that finds and links knowledge-base names (<see cref="DocumentLinker"/>) before the learned
/// tagger exists; it needs no other layer and adds <see cref="Layers.Mentions"/> and <see cref="Layers.Links"/>.
/// </summary>
public sealed class GazetteerStage : IStage
{
    private readonly DocumentLinker _linker;

    public GazetteerStage(KnowledgeBase kb) => _linker = new DocumentLinker(kb);

    public string Name => DocumentLinker.Source;
    public Layers Requires => Layers.None;
    public Layers Provides => Layers.Mentions | Layers.Links;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (mentions, entities) = _linker.Annotate(document.Text, document.Published);
        document.SetMentions(mentions);
        document.SetEntities(entities);
    }
}
