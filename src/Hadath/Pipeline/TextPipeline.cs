namespace Hadath.Pipeline;

/// <summary>
/// The Arabic text layer as one pipeline: normalise, tokenise with clitic segmentation, split sentences.
/// Later layers (tagging, linking, events) append their stages to <see cref="Stages"/>.
/// </summary>
/// <example><code>
/// var doc = TextPipeline.Create().Process(new Document("a1", "وقال الوزير إن المحادثات ستستأنف. ولم يحدد موعدا."));
/// // doc.Sentences.Count == 2; doc.Words: و + قال, الوزير, إن, المحادثات, س + تستأنف, ...
/// </code></example>
public static class TextPipeline
{
    /// <summary>The text-layer stages, in order.</summary>
    public static IStage[] Stages() => [new NormalizationStage(), new TokenizationStage(), new SentenceStage()];

    /// <summary>A pipeline of <see cref="Stages"/>.</summary>
    public static AnalysisPipeline Create() => new(Stages());
}
