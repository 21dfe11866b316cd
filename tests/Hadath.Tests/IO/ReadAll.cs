using Hadath.IO;

namespace Hadath.Tests.IO;

/// <summary>Reads paths through <see cref="ArticleSources"/> and collects articles and errors.</summary>
internal static class ReadAll
{
    public static (List<SourceArticle> Articles, List<ReadError> Errors) Of(params string[] paths)
    {
        var errors = new List<ReadError>();
        var articles = ArticleSources.Read(paths, errors.Add).ToList();
        return (articles, errors);
    }
}
