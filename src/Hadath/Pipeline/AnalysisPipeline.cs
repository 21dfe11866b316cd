using Hadath.Text;

namespace Hadath.Pipeline;

/// <summary>
/// An ordered list of stages, checked when built: each stage's requirements must be provided by the
/// stages before it, so a wrong order fails at construction with a message naming what is missing.
/// </summary>
/// <example><code>
/// var pipeline = new AnalysisPipeline(new NormalizationStage(), new TokenizationStage());
/// var doc = new Document("a1", "قال الرئيس");
/// pipeline.Process(doc);
/// </code></example>
public sealed class AnalysisPipeline
{
    private readonly IStage[] _stages;

    public AnalysisPipeline(params IStage[] stages)
    {
        var available = Layers.None;
        foreach (var stage in stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layers.None)
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' requires {missing}, which no earlier stage provides " +
                    $"(available so far: {available}). Put a stage providing {missing} before it.");
            available |= stage.Provides;
        }
        _stages = stages;
        Provides = available;
    }

    /// <summary>Every layer the whole pipeline leaves on a document.</summary>
    public Layers Provides { get; }

    /// <summary>The stages, in order.</summary>
    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>Runs every stage over <paramref name="document"/> in order.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var missing = stage.Requires & ~document.Present;
            if (missing != Layers.None)
                throw new InvalidOperationException($"Stage '{stage.Name}' found document '{document.Id}' without {missing}.");
            stage.Process(document, cancellationToken);
        }
        return document;
    }
}
