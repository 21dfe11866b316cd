namespace Hadath.IO;

/// <summary>A .txt file is one article: its whole content is the text, with no title, date or source.</summary>
internal static class TextArticleReader
{
    public static IEnumerable<SourceArticle> Read(string path, string id, Action<ReadError> onError)
    {
        var bytes = ArticleSources.ReadAllBytes(path, onError);
        if (bytes is null) yield break;
        var text = TextDecoding.Decode(bytes, path, null, out var error);
        if (text is null)
        {
            onError(error!);
            yield break;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            onError(new ReadError(path, null, null, "empty file: no text to analyse."));
            yield break;
        }
        yield return new SourceArticle { Id = id, Text = text, Origin = new ArticleOrigin(path) };
    }
}
