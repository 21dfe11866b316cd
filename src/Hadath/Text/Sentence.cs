namespace Hadath.Text;

/// <summary>A sentence: its range and the tokens <c>[FirstToken, FirstToken + TokenCount)</c> it holds.</summary>
public sealed record Sentence(TextRange Range, int FirstToken, int TokenCount);
