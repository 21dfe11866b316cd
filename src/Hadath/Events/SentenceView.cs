using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// The tokens of one sentence as the event rules read them: their normalised spelling (clitics still attached;
/// lexicons try <see cref="CliticVariants"/>) and their ranges in the original text.
/// </summary>
public sealed class SentenceView
{
    private SentenceView(List<string> keys, List<TextRange> ranges, Sentence sentence)
    {
        Keys = keys;
        Ranges = ranges;
        Sentence = sentence;
    }

    /// <summary>Normalised spelling of each token (<see cref="NormalizationRules.ForMatching"/>).</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Original range of each token.</summary>
    public IReadOnlyList<TextRange> Ranges { get; }

    public Sentence Sentence { get; }

    public int Count => Keys.Count;

    /// <summary>Builds the view of <paramref name="sentence"/> in <paramref name="document"/>.</summary>
    public static SentenceView Of(Document document, Sentence sentence)
    {
        var keys = new List<string>(sentence.TokenCount);
        var ranges = new List<TextRange>(sentence.TokenCount);
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            var token = document.Tokens[t];
            keys.Add(ArabicNormalizer.NormalizeKey(document.Slice(token.Range)));
            ranges.Add(token.Range);
        }
        return new SentenceView(keys, ranges, sentence);
    }

    /// <summary>Index of the first token whose range overlaps <paramref name="range"/>, or -1.</summary>
    public int FirstTokenOverlapping(TextRange range)
    {
        for (var i = 0; i < Ranges.Count; i++)
            if (Ranges[i].Overlaps(range)) return i;
        return -1;
    }

    /// <summary>Index just past the last token overlapping <paramref name="range"/>.</summary>
    public int EndTokenOverlapping(TextRange range)
    {
        for (var i = Ranges.Count - 1; i >= 0; i--)
            if (Ranges[i].Overlaps(range)) return i + 1;
        return -1;
    }

    /// <summary>Original range covering tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public TextRange Span(int first, int end) => new(Ranges[first].Start, Ranges[end - 1].End);
}
