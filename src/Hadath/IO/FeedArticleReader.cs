using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Hadath.IO;

/// <summary>
/// An RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item or entry is an article (title, link, pubDate/published/updated,
/// content:encoded/content or description/summary, the latter stripped of HTML). Items are read one at a time, so
/// broken XML loses only what follows the break: the error names its line and column.
/// </summary>
internal static partial class FeedArticleReader
{
    public static IEnumerable<SourceArticle> Read(string path, Action<ReadError> onError)
    {
        var bytes = ArticleSources.ReadAllBytes(path, onError);
        if (bytes is null) yield break;
        var xml = TextDecoding.Decode(bytes, path, DeclaredEncoding(bytes), out var error);
        if (xml is null)
        {
            onError(error!);
            yield break;
        }
        if (string.IsNullOrWhiteSpace(xml))
        {
            onError(new ReadError(path, null, null, "empty file: no feed XML."));
            yield break;
        }
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, // no entity expansion from DTDs: a feed is untrusted input
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var lineInfo = (IXmlLineInfo)reader;
        string? feedTitle = null;
        var index = 0;
        var rootChecked = false;
        while (true)
        {
            XElement? item;
            int line;
            try
            {
                item = NextItem(reader, ref feedTitle, ref rootChecked, out line);
            }
            catch (XmlException e)
            {
                onError(new ReadError(path, e.LineNumber, null, $"broken feed XML at column {e.LinePosition}: {FirstSentence(e.Message)} Items after this point are not read."));
                yield break;
            }
            catch (InvalidDataException e)
            {
                onError(new ReadError(path, lineInfo.LineNumber, null, e.Message));
                yield break;
            }
            if (item is null) yield break;
            index++;
            var article = ToArticle(item, path, index, line, feedTitle, out var problem);
            if (article is null) onError(new ReadError(path, line, null, problem!));
            else yield return article;
        }
    }

    private static XElement? NextItem(XmlReader reader, ref string? feedTitle, ref bool rootChecked, out int line)
    {
        line = 0;
        var lineInfo = (IXmlLineInfo)reader;
        if (reader.ReadState == ReadState.Initial) reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (!rootChecked)
                {
                    rootChecked = true;
                    if (reader.LocalName is not ("rss" or "feed" or "RDF"))
                        throw new InvalidDataException($"not an RSS or Atom feed: the root element is <{reader.Name}>.");
                }
                if (reader.LocalName is "item" or "entry")
                {
                    line = lineInfo.LineNumber;
                    return (XElement)XNode.ReadFrom(reader);
                }
                if (reader.LocalName == "title" && feedTitle is null && reader.Depth <= 2)
                {
                    feedTitle = reader.ReadElementContentAsString().Trim();
                    continue;
                }
            }
            reader.Read();
        }
        return null;
    }

    private static SourceArticle? ToArticle(XElement item, string path, int index, int line, string? feedTitle, out string? problem)
    {
        problem = null;
        var title = Plain(Child(item, "title"));
        var link = Link(item);
        var body = Child(item, "encoded") ?? Child(item, "content") ?? Child(item, "description") ?? Child(item, "summary");
        var text = body is null ? "" : HtmlText.Extract(body).Text;
        if (string.IsNullOrEmpty(title) && text.Length == 0)
        {
            problem = $"feed item {index} has neither a title nor any text; skipped.";
            return null;
        }
        var dateText = Child(item, "pubDate") ?? Child(item, "published") ?? Child(item, "date") ?? Child(item, "updated");
        var published = PublishedDate.Parse(dateText);
        if (dateText is not null && published is null)
        {
            problem = $"feed item {index} has an unreadable date \"{dateText.Trim()}\"; expected RFC 822 or ISO 8601. Skipped.";
            return null;
        }
        return new SourceArticle
        {
            Id = Child(item, "guid")?.Trim() is { Length: > 0 } guid ? guid
                : Child(item, "id")?.Trim() is { Length: > 0 } atomId ? atomId
                : link ?? $"{Path.GetFileNameWithoutExtension(path)}#{index}",
            Source = ArticleSources.HostOf(link) ?? feedTitle,
            Url = link,
            Published = published,
            Title = title,
            Text = text,
            Origin = new ArticleOrigin(path, line),
        };
    }

    private static string? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName) is { } e ? InnerText(e) : null;

    // Atom content of type="xhtml" is markup, not text: keep it as markup for the HTML extractor.
    private static string InnerText(XElement e) =>
        (string?)e.Attribute("type") == "xhtml" ? string.Concat(e.Nodes().Select(n => n.ToString())) : e.Value;

    private static string? Link(XElement item)
    {
        foreach (var link in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            if (link.Attribute("href") is { } href)
            {
                var rel = (string?)link.Attribute("rel");
                if (rel is null or "alternate") return href.Value.Trim();
            }
            else if (link.Value.Trim() is { Length: > 0 } value) return value;
        }
        return null;
    }

    private static string? Plain(string? s) => s is null ? null : HtmlText.Extract(s).Text is { Length: > 0 } t ? t : s.Trim();

    private static string FirstSentence(string message) => message.Split(" Line ", 2)[0].TrimEnd('.') + ".";

    private static string? DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 512));
        return XmlEncoding().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9_.\-]+)[""']")]
    private static partial Regex XmlEncoding();
}
