namespace Hadath.Tagging;

/// <summary>
/// One sentence of a column file: tokens, the remaining columns of each line, and where it came from
/// (<see cref="Source"/> = file, <see cref="FirstLine"/> = 1-based line of its first token) for error messages.
/// </summary>
public sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string[]> Columns, string Source, int FirstLine);
