namespace Hadath.IO;

/// <summary>
/// A file or part of one that could not be read. The run goes on; the message says what was wrong and what to do.
/// </summary>
/// <param name="Path">The file (or folder) as named.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="ByteOffset">0-based offset in bytes from the start of the file, when known (encoding errors).</param>
/// <param name="Message">What was wrong.</param>
public sealed record ReadError(string Path, int? Line, long? ByteOffset, string Message)
{
    /// <summary>"path:line: message (byte N)", the form compilers use, so editors can jump to it.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{Path}:{line}" : Path;
        var at = ByteOffset is { } b ? $" (byte {b})" : "";
        return $"{where}: {Message}{at}";
    }
}
