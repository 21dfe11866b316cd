using Hadath.Pipeline;
using Hadath.Text;

namespace Hadath.Tests;

/// <summary>
/// The invariants every analysed document must satisfy, whatever stages ran (Lucene's shared offset checker):
/// every range in bounds and ordered, no code point split, tokens disjoint and in order, each token's words
/// tiling it (gaps only where the normaliser deletes marks), sentences covering the tokens in order, and the
/// later layers (mentions, quotes, events) inside the text.
/// </summary>
public static class DocumentInvariants
{
    /// <summary>Fails the calling test with a message naming the layer, the index and the offending range.</summary>
    public static void AssertValid(Document document)
    {
        var text = document.Text;
        if ((document.Present & Layers.Normalized) != 0)
            Assert.Equal(text.Length, document.Normalized.OriginalLength);
        if ((document.Present & Layers.Tokens) != 0) AssertTokensAndWords(document, text);
        if ((document.Present & Layers.Sentences) != 0) AssertSentences(document);
        if ((document.Present & Layers.Mentions) != 0)
            foreach (var m in document.Mentions) AssertRange(text, m.Range, "mention");
        if ((document.Present & Layers.Quotes) != 0)
            foreach (var q in document.Quotes)
            {
                AssertRange(text, q.Content, "quote content");
                AssertRange(text, q.Cue, "quote cue");
                if (q.SpeakerRange is { } speaker) AssertRange(text, speaker, "quote speaker");
            }
        if ((document.Present & Layers.Events) != 0)
            foreach (var e in document.Events)
            {
                AssertRange(text, e.Evidence, "event evidence");
                AssertRange(text, e.Trigger, "event trigger");
            }
    }

    private static void AssertTokensAndWords(Document document, string text)
    {
        var tokens = document.Tokens;
        var words = document.Words;
        var previousEnd = 0;
        var nextWord = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var where = $"token {t} {token.Range} ({token.Kind})";
            AssertRange(text, token.Range, where);
            Assert.True(!token.Range.IsEmpty, $"{where} is empty");
            Assert.True(token.Range.Start >= previousEnd, $"{where} overlaps or precedes the token before it (ended at {previousEnd})");
            previousEnd = token.Range.End;

            Assert.True(token.FirstWord == nextWord, $"{where}: first word {token.FirstWord}, expected {nextWord} (words must be contiguous)");
            Assert.True(token.WordCount >= 1, $"{where} has no words");
            nextWord += token.WordCount;
            Assert.True(nextWord <= words.Count, $"{where} claims words up to {nextWord} of {words.Count}");

            var stems = 0;
            var position = token.Range.Start;
            for (var w = token.FirstWord; w < nextWord; w++)
            {
                var word = words[w];
                var at = $"word {w} {word.Range} '{word.Form}' of {where}";
                AssertRange(text, word.Range, at);
                Assert.True(word.TokenIndex == t, $"{at} names token {word.TokenIndex}");
                Assert.True(!word.Range.IsEmpty, $"{at} is empty");
                Assert.True(!string.IsNullOrEmpty(word.Form), $"{at} has no form");
                Assert.True(word.Range.Start >= position, $"{at} overlaps the word before it");
                for (var k = position; k < word.Range.Start; k++)
                    Assert.True(IsRemovedMark(text[k]), $"{at}: gap character U+{(int)text[k]:X4} at {k} is not a removed mark");
                position = word.Range.End;
                if (word.Role == WordRole.Stem) stems++;
                else if (word.Role == WordRole.Proclitic) Assert.True(stems == 0, $"{at}: proclitic after the stem");
                else Assert.True(stems == 1, $"{at}: enclitic before the stem");
            }
            Assert.True(stems == 1, $"{where} has {stems} stems");
            Assert.True(words[token.FirstWord].Range.Start == token.Range.Start, $"{where}: first word does not start at the token");
            Assert.True(position == token.Range.End, $"{where}: last word ends at {position}");
        }
        Assert.True(nextWord == words.Count, $"{words.Count} words but tokens account for {nextWord}");
    }

    private static void AssertSentences(Document document)
    {
        var tokens = document.Tokens;
        var next = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var where = $"sentence {s} {sentence.Range} tokens [{sentence.FirstToken}, +{sentence.TokenCount})";
            Assert.True(sentence.FirstToken == next, $"{where}: expected to start at token {next}");
            Assert.True(sentence.TokenCount >= 1, $"{where} is empty");
            next += sentence.TokenCount;
            Assert.True(next <= tokens.Count, $"{where} runs past the {tokens.Count} tokens");
            var expected = new TextRange(tokens[sentence.FirstToken].Range.Start, tokens[next - 1].Range.End);
            Assert.True(sentence.Range == expected, $"{where}: range should be {expected}");
        }
        Assert.True(next == tokens.Count, $"sentences cover {next} of {tokens.Count} tokens");
    }

    private static void AssertRange(string text, TextRange range, string what)
    {
        Assert.True(range.Start >= 0 && range.Start <= range.End && range.End <= text.Length,
            $"{what}: {range} is outside the text of length {text.Length}");
        Assert.False(SplitsPair(text, range.Start), $"{what}: {range} starts inside a surrogate pair");
        Assert.False(SplitsPair(text, range.End), $"{what}: {range} ends inside a surrogate pair");
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    /// <summary>Characters the matching normaliser deletes: harakat, tatweel, bidi controls, zero-width marks.</summary>
    private static bool IsRemovedMark(char c) =>
        c == ArabicLetters.Tatweel || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\u2060' or '\uFEFF'
            or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
            || c is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u0610' and <= '\u061A' or >= '\u06D6' and <= '\u06ED';
}
