using Hadath.Text;

namespace Hadath.IO;

/// <summary>
/// One article as a reader found it, before analysis: the fields of GOLD_FORMAT.md's article (id, source, url,
/// published, title, text) plus where it came from. The document the engine reads is <see cref="DocumentText"/>.
/// </summary>
public sealed record SourceArticle
{
    /// <summary>Stable id: the file's own id field when it has one, else its URL, else a name built from the path.</summary>
    public required string Id { get; init; }

    /// <summary>Outlet ("bbc", "alarabiya.net"); null when the input does not say.</summary>
    public string? Source { get; init; }

    public string? Url { get; init; }

    /// <summary>Publication date as the outlet wrote it (its local date, not converted to UTC).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Headline; null or empty when there is none.</summary>
    public string? Title { get; init; }

    /// <summary>The body text, boilerplate already removed for HTML and feeds.</summary>
    public required string Text { get; init; }

    /// <summary>File and line (or byte offset) the article was read from, for messages.</summary>
    public required ArticleOrigin Origin { get; init; }

    /// <summary>Title + "\n\n" + text when there is a title (GOLD_FORMAT.md), else the text: what offsets index.</summary>
    public string DocumentText => string.IsNullOrEmpty(Title) ? Text : Title + "\n\n" + Text;

    /// <summary>A fresh <see cref="Document"/> over <see cref="DocumentText"/>, ready for a pipeline.</summary>
    public Document ToDocument() => Document.FromArticle(Id, Title, Text, Published);
}
