namespace Hadath.IO;

/// <summary>Where an article was read from.</summary>
/// <param name="Path">The file, as the caller named it (or as found under a folder the caller named).</param>
/// <param name="Line">1-based line of the article's start (JSONL line, feed item), or null for a whole file.</param>
/// <param name="ByteOffset">Offset in bytes of the article's start in the file; 0 for a whole file.</param>
public readonly record struct ArticleOrigin(string Path, int? Line = null, long ByteOffset = 0)
{
    /// <summary>"path:line" or "path".</summary>
    public override string ToString() => Line is { } line ? $"{Path}:{line}" : Path;
}
