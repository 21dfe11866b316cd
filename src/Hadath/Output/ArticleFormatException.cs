namespace Hadath.Output;

/// <summary>A JSONL article file that does not follow GOLD_FORMAT.md; the message names the file and the line.</summary>
public sealed class ArticleFormatException : Exception
{
    /// <summary>Creates the error for <paramref name="path"/> at 1-based <paramref name="line"/>.</summary>
    public ArticleFormatException(string path, int line, string problem, Exception? inner = null)
        : base($"{path}:{line}: {problem}", inner)
    {
        Path = path;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file (as given by the caller).</summary>
    public string Path { get; }

    /// <summary>1-based line number in the file.</summary>
    public int Line { get; }

    /// <summary>What was wrong, without the location.</summary>
    public string Problem { get; }
}
