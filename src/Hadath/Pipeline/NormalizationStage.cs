using Hadath.Text;

namespace Hadath.Pipeline;

/// <summary>Adds the normalised view (<see cref="NormalizationRules.ForMatching"/> by default) with its offset map.</summary>
public sealed class NormalizationStage(NormalizationRules rules = NormalizationRules.ForMatching) : IStage
{
    /// <summary>The rewrites this stage applies.</summary>
    public NormalizationRules Rules { get; } = rules;

    public string Name => "normalize";
    public Layers Requires => Layers.None;
    public Layers Provides => Layers.Normalized;

    public void Process(Document document, CancellationToken cancellationToken = default) =>
        document.SetNormalized(ArabicNormalizer.Normalize(document.Text, Rules));
}
