using Hadath.Text;

namespace Hadath.Pipeline;

/// <summary>Groups the tokens into sentences (<see cref="SentenceSplitter"/>).</summary>
public sealed class SentenceStage(SentenceSplitter? splitter = null) : IStage
{
    private readonly SentenceSplitter _splitter = splitter ?? SentenceSplitter.Default;

    public string Name => "sentences";
    public Layers Requires => Layers.Tokens;
    public Layers Provides => Layers.Sentences;

    public void Process(Document document, CancellationToken cancellationToken = default) =>
        document.SetSentences(_splitter.Split(document.Text, document.Tokens));
}
