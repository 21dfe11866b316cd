using Hadath.Text;

namespace Hadath.Pipeline;

/// <summary>Adds surface tokens and their clitic words, scanning the normalised view; ranges index the original text.</summary>
public sealed class TokenizationStage : IStage
{
    private readonly Tokenizer _tokenizer;

    /// <param name="segmenter">Splits Arabic tokens into words; <see cref="CliticSegmenter.Default"/> when null.</param>
    public TokenizationStage(IWordSegmenter? segmenter = null) =>
        _tokenizer = segmenter is null ? Tokenizer.Default : new Tokenizer(segmenter);

    public string Name => "tokenize";
    public Layers Requires => Layers.Normalized;
    public Layers Provides => Layers.Tokens | Layers.Words;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var result = _tokenizer.Tokenize(document.Text, document.Normalized);
        document.SetTokens(result.Tokens, result.Words);
    }
}
