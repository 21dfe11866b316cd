using Hadath.Text;

namespace Hadath.Evaluation;

/// <summary>A gold surface token of a reconstructed treebank document and the ranges of its syntactic words.</summary>
/// <param name="Scored">False where the treebank's words cannot be placed in the text (PADT repeats an unanalysed token's whole form on each of its words).</param>
public sealed record UdGoldToken(TextRange Range, IReadOnlyList<TextRange> Words, bool Scored);
