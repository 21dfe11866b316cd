using Hadath.Pipeline;
using Hadath.Text;

namespace Hadath.Tagging;

/// <summary>
/// Pipeline stage adding <see cref="Layers.Mentions"/> (PER, ORG, LOC, MISC) from <see cref="NamedEntityTagger"/>.
/// Tags each sentence's tokens as written (<see cref="Document.Text"/> sliced by <see cref="Token.Range"/>), the
/// whole document at once so mentions share evidence, and turns IOB2 spans into ranges that leave out a
/// first token's proclitics and a last token's enclitic when the Words layer marks them ("للدروز" gives "الدروز"
/// minus the lam: the range starts after ل).
/// </summary>
/// <example><code>
/// var pipeline = new AnalysisPipeline(tokenizer, sentenceSplitter, new NerStage(NamedEntityTagger.LoadDefault()));
/// </code></example>
public sealed class NerStage(NamedEntityTagger tagger) : IStage
{
    /// <summary>Provenance name copied into each mention's Source.</summary>
    public string Name => "ner-perceptron";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Provides => Layers.Mentions;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        var texts = sentences.Select(s => (IReadOnlyList<string>)Enumerable.Range(s.FirstToken, s.TokenCount)
            .Select(t => document.Slice(tokens[t].Range)).ToArray()).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        var tags = tagger.TagDocument(texts);
        var words = (document.Present & Layers.Words) != 0 ? document.Words : [];
        var mentions = new List<EntityMention>();
        for (var j = 0; j < sentences.Count; j++)
        {
            foreach (var span in EntitySpans.FromTags(tags[j]))
            {
                if (!Enum.TryParse<EntityType>(span.Type, out var type)) continue;
                var first = tokens[sentences[j].FirstToken + span.Start];
                var last = tokens[sentences[j].FirstToken + span.End - 1];
                var start = NameStart(first, words);
                var end = NameEnd(last, words);
                if (end <= start) (start, end) = (first.Range.Start, last.Range.End);
                var range = new TextRange(start, end);
                mentions.Add(new EntityMention(range, document.Slice(range), type, Name));
            }
        }
        document.SetMentions(mentions);
    }

    /// <summary>Start of the first non-proclitic word of <paramref name="token"/>, or the token's start.</summary>
    private static int NameStart(Token token, IReadOnlyList<Word> words)
    {
        for (var w = token.FirstWord; w < token.FirstWord + token.WordCount && w < words.Count; w++)
            if (words[w].Role != WordRole.Proclitic) return Math.Max(token.Range.Start, words[w].Range.Start);
        return token.Range.Start;
    }

    /// <summary>End of the last non-enclitic word of <paramref name="token"/>, or the token's end.</summary>
    private static int NameEnd(Token token, IReadOnlyList<Word> words)
    {
        for (var w = Math.Min(words.Count, token.FirstWord + token.WordCount) - 1; w >= token.FirstWord; w--)
            if (words[w].Role != WordRole.Enclitic) return Math.Min(token.Range.End, words[w].Range.End);
        return token.Range.End;
    }
}
