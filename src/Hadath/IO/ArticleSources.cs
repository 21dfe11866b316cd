using System.Text;

namespace Hadath.IO;

/// <summary>
/// Reads articles from files and folders: .txt (one article), .jsonl (one a line), .html/.htm (one page),
/// .xml/.rss/.atom (a feed, one article an item); a folder is walked recursively in name order, taking the files
/// with those extensions. A file named directly with another extension is sniffed by its first characters.
/// Errors go to <c>onError</c> with the file and place, and reading goes on with the rest.
/// </summary>
/// <example><code>
/// foreach (var article in ArticleSources.Read(["news/", "feed.xml"], e => Console.Error.WriteLine(e)))
///     Console.WriteLine($"{article.Id} {article.Published} {article.Title}");
/// </code></example>
public static class ArticleSources
{
    /// <summary>File extensions read when walking a folder (lower case, with the dot).</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".txt", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom" };

    /// <summary>Every article in <paramref name="paths"/>, lazily, in order; bad input is reported and skipped.</summary>
    public static IEnumerable<SourceArticle> Read(IEnumerable<string> paths, Action<ReadError> onError)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(onError);
        foreach (var (file, root) in Files(paths, onError))
            foreach (var article in ReadFile(file, IdFor(file, root), onError))
                yield return article;
    }

    /// <summary>The files <paramref name="paths"/> name, folders expanded, each with the folder it was found under.</summary>
    public static IEnumerable<(string File, string? Root)> Files(IEnumerable<string> paths, Action<ReadError> onError)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return (path, null);
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                var files = Directory.EnumerateFiles(path, "*", options).Where(f => Extensions.Contains(Path.GetExtension(f))).ToList();
                files.Sort(StringComparer.Ordinal);
                if (files.Count == 0) onError(new ReadError(path, null, null, $"folder holds no {string.Join(", ", Extensions.Order())} files."));
                foreach (var file in files) yield return (file, path);
            }
            else
            {
                onError(new ReadError(path, null, null, "no such file or folder."));
            }
        }
    }

    /// <summary>The articles of one file, by its extension (or, for an unknown one, by its first characters);
    /// <paramref name="id"/> names an article that is the whole file and has no id or URL of its own.</summary>
    public static IEnumerable<SourceArticle> ReadFile(string path, string id, Action<ReadError> onError)
    {
        return KindOf(path) switch
        {
            FileKind.Jsonl => JsonlArticleReader.Read(path, onError),
            FileKind.Html => HtmlArticleReader.Read(path, id, onError),
            FileKind.Feed => FeedArticleReader.Read(path, onError),
            _ => TextArticleReader.Read(path, id, onError),
        };
    }

    /// <summary>"www.bbc.com" → "bbc.com"; null for a missing or relative URL.</summary>
    public static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }

    internal static byte[]? ReadAllBytes(string path, Action<ReadError> onError)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            onError(new ReadError(path, null, null, $"cannot read: {e.Message}"));
            return null;
        }
    }

    internal static Stream? OpenRead(string path, Action<ReadError> onError)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            onError(new ReadError(path, null, null, $"cannot read: {e.Message}"));
            return null;
        }
    }

    private enum FileKind { Text, Jsonl, Html, Feed }

    private static FileKind KindOf(string path)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".txt": return FileKind.Text;
            case ".jsonl" or ".ndjson": return FileKind.Jsonl;
            case ".html" or ".htm" or ".xhtml": return FileKind.Html;
            case ".rss" or ".atom": return FileKind.Feed;
            case ".xml": return Sniff(path) == FileKind.Html ? FileKind.Html : FileKind.Feed;
            default: return Sniff(path);
        }
    }

    // The first non-blank characters decide: "{" JSON lines, "<?xml"/"<rss"/"<feed"/"<rdf" a feed, "<" HTML.
    private static FileKind Sniff(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[512];
            var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var head = Encoding.Latin1.GetString(buffer, 0, n).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
            if (head.StartsWith('{')) return FileKind.Jsonl;
            var lower = head.ToLowerInvariant();
            if (lower.StartsWith("<?xml") || lower.StartsWith("<rss") || lower.StartsWith("<feed") || lower.StartsWith("<rdf"))
                return lower.Contains("<html") ? FileKind.Html : FileKind.Feed;
            if (head.StartsWith('<')) return FileKind.Html;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reported by the reader that then fails to open it.
        }
        return FileKind.Text;
    }

    /// <summary>Id of an article that is a whole file: the path relative to the folder it was found under
    /// (<paramref name="root"/>, null for a file named directly), without extension, '/'-separated.</summary>
    public static string IdFor(string file, string? root)
    {
        var relative = root is null ? Path.GetFileName(file) : Path.GetRelativePath(root, file);
        var withoutExtension = Path.ChangeExtension(relative, null);
        return withoutExtension.Replace('\\', '/');
    }
}
