using Hadath.Text;

namespace Hadath.Evaluation;

/// <summary>A treebank document rebuilt as plain text, with its gold sentences, tokens and words as ranges into <see cref="Text"/>.</summary>
public sealed record UdDocument(string Id, string Text, IReadOnlyList<TextRange> Sentences, IReadOnlyList<UdGoldToken> Tokens);
