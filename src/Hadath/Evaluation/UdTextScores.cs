namespace Hadath.Evaluation;

/// <summary>Text-layer scores against a treebank, all by exact character span (CoNLL 2018 style, on reconstructed text).</summary>
/// <param name="Sentences">A predicted sentence counts when its range equals a gold sentence's.</param>
/// <param name="Tokens">Surface tokens.</param>
/// <param name="Words">Syntactic words of all tokens (gold tokens whose words cannot be placed are left out on both sides).</param>
/// <param name="ArabicWords">Words inside gold tokens that contain an Arabic letter: the clitic segmentation figure.</param>
/// <param name="Documents">Documents evaluated.</param>
/// <param name="UnscoredTokens">Gold tokens left out of the word and token scores.</param>
public sealed record UdTextScores(PrfCounts Sentences, PrfCounts Tokens, PrfCounts Words, PrfCounts ArabicWords, int Documents, int UnscoredTokens);
