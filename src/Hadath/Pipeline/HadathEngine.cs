using System.Globalization;
using Hadath.Events;
using Hadath.Knowledge;
using Hadath.Output;
using Hadath.Text;

namespace Hadath.Pipeline;

/// <summary>
/// The whole analysis as one object: builds a <see cref="Document"/> from an article and runs the default pipeline
/// (normalise, tokenise and segment clitics, split sentences, find and link entities, quotes, events).
/// </summary>
/// <example><code>
/// var engine = HadathEngine.CreateDefault();
/// var doc = engine.Analyze(new ArticleRecord { Id = "a1", Text = "...", Published = "2025-07-25" });
/// foreach (var e in doc.Events) Console.WriteLine($"{e.Type} {doc.Slice(e.Evidence)}");
/// </code></example>
public sealed class HadathEngine(AnalysisPipeline pipeline)
{
    public AnalysisPipeline Pipeline { get; } = pipeline;

    /// <summary>The default pipeline with every stage this build ships.</summary>
    public static HadathEngine CreateDefault() => new(new AnalysisPipeline(DefaultStages()));

    private static IStage[] DefaultStages() =>
    [
        .. TextPipeline.Stages(),
        new EntityStage(DefaultKnowledgeBase.Value, UseTagger ? DefaultTagger.Value : null),
        new QuoteExtractionStage(),
        new EventExtractionStage(),
    ];

    /// <summary>
    /// Whether the learned tagger adds names the knowledge base lacks (HADATH_NER=0 turns it off, for comparison).
    /// </summary>
    private static bool UseTagger => Environment.GetEnvironmentVariable("HADATH_NER") != "0";

    private static readonly Lazy<Hadath.Tagging.NamedEntityTagger> DefaultTagger = new(Hadath.Tagging.NamedEntityTagger.LoadDefault);

    /// <summary>The knowledge base is large and read-only: load it once per process, on first use.</summary>
    private static readonly Lazy<KnowledgeBase> DefaultKnowledgeBase = new(KnowledgeBase.LoadDefault);

    /// <summary>Analyses one article (document text = title + "\n\n" + text when it has a title).</summary>
    public Document Analyze(ArticleRecord article, CancellationToken cancellationToken = default)
    {
        DateOnly? published = article.Published is { } p
            && DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var document = Document.FromArticle(article.Id, article.Title, article.Text ?? "", published);
        return Pipeline.Process(document, cancellationToken);
    }
}
