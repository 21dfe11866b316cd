namespace Hadath.Text;

/// <summary>The output of <see cref="Tokenizer"/>: surface tokens and the words inside them, both in text order.</summary>
/// <param name="Tokens">Surface tokens; ranges index the original text.</param>
/// <param name="Words">Every token's words, contiguous per token; a non-Arabic token is one word.</param>
public sealed record TokenizedText(IReadOnlyList<Token> Tokens, IReadOnlyList<Word> Words);
