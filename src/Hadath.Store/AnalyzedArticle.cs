using Hadath.IO;
using Hadath.Output;
using Hadath.Text;

namespace Hadath.Store;

/// <summary>
/// An article after analysis: the <see cref="Document"/> with its layers (mentions, linked entities, events, quotes;
/// a missing layer means "none found") and the same content as a GOLD_FORMAT.md <see cref="ArticleRecord"/>.
/// The store keeps both: the record's fields, and the document's character ranges as evidence.
/// </summary>
public sealed class AnalyzedArticle
{
    public AnalyzedArticle(SourceArticle article, Document document)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(document);
        if (document.Text != article.DocumentText)
            throw new ArgumentException($"{article.Origin}: the analysed document's text is not the article's (title + \"\\n\\n\" + text); ranges would point at the wrong characters.");
        Article = article;
        Document = document;
    }

    public SourceArticle Article { get; }

    /// <summary>The analysed document; ranges index <see cref="Document.Text"/>.</summary>
    public Document Document { get; }

    /// <summary>The article in the schema of GOLD_FORMAT.md, built from <see cref="Document"/>.</summary>
    public ArticleRecord Record => ArticleExport.ToRecord(WithAllLayers(Document), ToRecord(Article));

    /// <summary>The article's own fields as an <see cref="ArticleRecord"/> (no annotations).</summary>
    public static ArticleRecord ToRecord(SourceArticle a) => new()
    {
        Id = a.Id,
        Source = a.Source,
        Url = a.Url,
        Published = a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Title = a.Title,
        Text = a.Text,
    };

    // ArticleExport reads every layer; an analyzer that found no quotes may not have set the layer at all.
    private static Document WithAllLayers(Document d)
    {
        var copy = new Document(d.Id, d.Text, d.Published);
        copy.SetMentions(Has(d, Pipeline.Layers.Mentions) ? d.Mentions : []);
        copy.SetEntities(Has(d, Pipeline.Layers.Links) ? d.Entities : []);
        copy.SetQuotes(Has(d, Pipeline.Layers.Quotes) ? d.Quotes : []);
        copy.SetEvents(Has(d, Pipeline.Layers.Events) ? d.Events : []);
        return copy;
    }

    internal static bool Has(Document d, Pipeline.Layers layer) => (d.Present & layer) != 0;
}
