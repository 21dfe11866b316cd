using System.Text;
using System.Text.RegularExpressions;

namespace Hadath.IO;

/// <summary>
/// An HTML page is one article: body text by <see cref="HtmlText"/>, title and date from the page's metadata,
/// source from og:site_name or the URL's host. Pages in a legacy charset (windows-1256 is common for Arabic) are
/// decoded when they declare it.
/// </summary>
internal static partial class HtmlArticleReader
{
    public static IEnumerable<SourceArticle> Read(string path, string id, Action<ReadError> onError)
    {
        var bytes = ArticleSources.ReadAllBytes(path, onError);
        if (bytes is null) yield break;
        var html = TextDecoding.Decode(bytes, path, DeclaredCharset(bytes), out var error);
        if (html is null)
        {
            onError(error!);
            yield break;
        }
        if (ToArticle(html, path, id, new ArticleOrigin(path), onError) is { } article) yield return article;
    }

    /// <summary>The article in a decoded page, or null (after reporting why) when the page holds no text.</summary>
    internal static SourceArticle? ToArticle(string html, string path, string id, ArticleOrigin origin, Action<ReadError> onError)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            onError(new ReadError(path, origin.Line, null, "empty file: no HTML."));
            return null;
        }
        var page = HtmlText.Extract(html);
        if (page.Text.Length == 0)
        {
            onError(new ReadError(path, origin.Line, null, "no article text found in the HTML (only navigation, scripts or markup)."));
            return null;
        }
        return new SourceArticle
        {
            Id = page.Url ?? id,
            Source = page.SiteName ?? ArticleSources.HostOf(page.Url),
            Url = page.Url,
            Published = PublishedDate.Parse(page.PublishedRaw),
            Title = page.Title,
            Text = page.Text,
            Origin = origin,
        };
    }

    /// <summary>The charset a page declares in its first 4 KB (meta charset or http-equiv), or null.</summary>
    internal static string? DeclaredCharset(byte[] bytes)
    {
        // Latin-1 maps every byte to one char, so ASCII markup reads right whatever the real encoding is.
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        return Charset().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
