using System.Globalization;
using System.Text.Json;

namespace Hadath.IO;

/// <summary>
/// A .jsonl file: one article object per line. The fields are GOLD_FORMAT.md's (id, source, url, published, title,
/// text); common crawl spellings are accepted too (docno, src, time/date/pubDate, link, headline, body/content), so
/// corpora such as ANT load without conversion. A bad line is reported with its line and byte offset and skipped;
/// the lines after it are still read.
/// </summary>
internal static class JsonlArticleReader
{
    private static readonly string[] IdFields = ["id", "docno", "guid"];
    private static readonly string[] SourceFields = ["source", "src", "outlet", "site"];
    private static readonly string[] UrlFields = ["url", "link"];
    private static readonly string[] DateFields = ["published", "time", "date", "pubDate", "published_at"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] TextFields = ["text", "body", "content"];

    public static IEnumerable<SourceArticle> Read(string path, Action<ReadError> onError)
    {
        var stream = ArticleSources.OpenRead(path, onError);
        if (stream is null) yield break;
        using (stream)
        {
            var lines = new ByteLines(stream);
            var any = false;
            while (lines.Next(out var bytes))
            {
                var bom = lines.Number == 1 ? TextDecoding.Utf8BomLength(bytes) : 0;
                bytes = bytes[bom..];
                var text = TextDecoding.DecodeUtf8(bytes, out var badAt);
                if (text is null)
                {
                    var at = lines.Offset + bom + badAt;
                    onError(new ReadError(path, lines.Number, at, $"not valid UTF-8 (byte 0x{bytes[badAt]:X2}); line skipped, save the file as UTF-8."));
                    continue;
                }
                if (string.IsNullOrWhiteSpace(text)) continue;
                any = true;
                var article = Parse(text, path, lines.Number, lines.Offset, out var problem);
                if (article is null)
                {
                    onError(new ReadError(path, lines.Number, lines.Offset, problem! + " Line skipped."));
                    continue;
                }
                yield return article;
            }
            if (!any) onError(new ReadError(path, null, null, "empty file: no JSON lines."));
        }
    }

    /// <summary>One line as an article, or null with <paramref name="problem"/> saying why not.</summary>
    internal static SourceArticle? Parse(string line, string path, int lineNumber, long offset, out string? problem)
    {
        problem = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            problem = $"bad JSON: {e.Message}";
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = $"expected one JSON object per line, found {root.ValueKind}.";
                return null;
            }
            var text = Field(root, TextFields, out var textKind);
            if (text is null)
            {
                problem = textKind is null
                    ? "no article text: expected a string field \"text\" (or \"body\", \"content\")."
                    : $"field \"text\" is {textKind}, expected a string.";
                return null;
            }
            DateOnly? published = null;
            if (Field(root, DateFields, out _) is { } dateText)
            {
                published = PublishedDate.Parse(dateText);
                if (published is null)
                {
                    problem = $"bad publication date \"{dateText}\": expected YYYY-MM-DD, ISO 8601 or RFC 822.";
                    return null;
                }
            }
            var url = Field(root, UrlFields, out _);
            var id = Field(root, IdFields, out _) ?? url ?? $"{Path.GetFileNameWithoutExtension(path)}:{lineNumber.ToString(CultureInfo.InvariantCulture)}";
            return new SourceArticle
            {
                Id = id,
                Source = Field(root, SourceFields, out _),
                Url = url,
                Published = published,
                Title = Field(root, TitleFields, out _),
                Text = text,
                Origin = new ArticleOrigin(path, lineNumber, offset),
            };
        }
    }

    // The first of the names present with a string (or, for ids, a number) value; kind says what was found instead.
    private static string? Field(JsonElement root, string[] names, out string? kind)
    {
        kind = null;
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) continue;
            if (value.ValueKind == JsonValueKind.String) return value.GetString();
            if (value.ValueKind == JsonValueKind.Number && names == IdFields) return value.GetRawText();
            kind ??= value.ValueKind.ToString();
        }
        return null;
    }
}
