using Hadath.Events;
using Hadath.Knowledge;
using Hadath.Pipeline;
using Hadath.Tagging;

namespace Hadath.Text;

/// <summary>
/// One article under analysis. <see cref="Text"/> never changes; stages add layers, each once, and every
/// annotation points into <see cref="Text"/> with a <see cref="TextRange"/>.
/// </summary>
public sealed class Document
{
    private NormalizedText? _normalized;
    private IReadOnlyList<Token> _tokens = [];
    private IReadOnlyList<Word> _words = [];
    private IReadOnlyList<Sentence> _sentences = [];
    private IReadOnlyList<string> _partOfSpeech = [];
    private IReadOnlyList<EntityMention> _mentions = [];
    private IReadOnlyList<LinkedEntity> _entities = [];
    private IReadOnlyList<QuoteRecord> _quotes = [];
    private IReadOnlyList<EventRecord> _events = [];

    /// <param name="id">Stable article id.</param>
    /// <param name="text">The document as received: for an article, title + "\n\n" + body when it has a title.</param>
    /// <param name="published">Publication date, against which relative dates resolve.</param>
    public Document(string id, string text, DateOnly? published = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Published = published;
    }

    /// <summary>Builds the document text of an article the way GOLD_FORMAT.md defines it.</summary>
    public static Document FromArticle(string id, string? title, string body, DateOnly? published) =>
        new(id, string.IsNullOrEmpty(title) ? body : title + "\n\n" + body, published);

    public string Id { get; }
    public string Text { get; }
    public DateOnly? Published { get; }

    /// <summary>The layers added so far.</summary>
    public Layers Present { get; private set; }

    public NormalizedText Normalized => Get(_normalized!, Layers.Normalized);
    public IReadOnlyList<Token> Tokens => Get(_tokens, Layers.Tokens);
    /// <summary>Clitic-level words, in text order; each token's words are contiguous.</summary>
    public IReadOnlyList<Word> Words => Get(_words, Layers.Words);
    public IReadOnlyList<Sentence> Sentences => Get(_sentences, Layers.Sentences);
    /// <summary>UPOS tag of each word, aligned with <see cref="Words"/>.</summary>
    public IReadOnlyList<string> PartOfSpeech => Get(_partOfSpeech, Layers.PartOfSpeech);
    public IReadOnlyList<EntityMention> Mentions => Get(_mentions, Layers.Mentions);
    /// <summary>The entities the mentions refer to, linked or NIL.</summary>
    public IReadOnlyList<LinkedEntity> Entities => Get(_entities, Layers.Links);
    public IReadOnlyList<QuoteRecord> Quotes => Get(_quotes, Layers.Quotes);
    public IReadOnlyList<EventRecord> Events => Get(_events, Layers.Events);

    /// <summary>The characters of <paramref name="range"/>.</summary>
    public string Slice(TextRange range) => range.Slice(Text);

    public void SetNormalized(NormalizedText value)
    {
        if (value.OriginalLength != Text.Length)
            throw new ArgumentException($"Normalised view was made from a text of {value.OriginalLength} chars; document '{Id}' has {Text.Length}.");
        _normalized = Set(value, Layers.Normalized);
    }

    /// <summary>Sets tokens and their words together: a token's word indices only make sense with its words.</summary>
    public void SetTokens(IReadOnlyList<Token> tokens, IReadOnlyList<Word> words)
    {
        _tokens = Set(tokens, Layers.Tokens);
        _words = Set(words, Layers.Words);
    }

    public void SetSentences(IReadOnlyList<Sentence> value) => _sentences = Set(value, Layers.Sentences);

    public void SetPartOfSpeech(IReadOnlyList<string> value)
    {
        if (value.Count != Words.Count)
            throw new ArgumentException($"{value.Count} POS tags for {Words.Count} words in document '{Id}'.");
        _partOfSpeech = Set(value, Layers.PartOfSpeech);
    }

    public void SetMentions(IReadOnlyList<EntityMention> value) => _mentions = Set(value, Layers.Mentions);
    public void SetEntities(IReadOnlyList<LinkedEntity> value) => _entities = Set(value, Layers.Links);
    public void SetQuotes(IReadOnlyList<QuoteRecord> value) => _quotes = Set(value, Layers.Quotes);
    public void SetEvents(IReadOnlyList<EventRecord> value) => _events = Set(value, Layers.Events);

    private T Get<T>(T value, Layers layer) =>
        (Present & layer) != 0 ? value
            : throw new InvalidOperationException($"Document '{Id}' has no {layer} layer yet (present: {Present}); run a stage that provides it first.");

    private T Set<T>(T value, Layers layer)
    {
        ArgumentNullException.ThrowIfNull(value);
        if ((Present & layer) != 0)
            throw new InvalidOperationException($"Document '{Id}' already has a {layer} layer; layers are added once and never replaced.");
        Present |= layer;
        return value;
    }
}
