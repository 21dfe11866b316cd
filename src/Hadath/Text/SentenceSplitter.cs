namespace Hadath.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a line break (a paragraph of news copy), or after
/// terminal punctuation (. ! ? ؟ … and runs of them) together with the quotes and brackets that close on it,
/// unless the punctuation belongs to something else:
/// <list type="bullet">
/// <item>a quotation that closes later ("قال: “الوضع صعب. ننتظر الرد” وأضاف" is one sentence), unless the
/// quotation runs longer than <see cref="MaxQuotationLength"/> characters;</item>
/// <item>a period with no space after it between short pieces (ق.م, U.S, www.site.com); numbers such as 12.5 or
/// 12.7.2025 are single tokens already;</item>
/// <item>an abbreviation, decided by what precedes and follows it (<see cref="Abbreviations"/>);</item>
/// <item>a list number at the start of a line ("1. ..."), or an elision mark "(...)".</item>
/// </list>
/// </summary>
/// <example><code>
/// var text = "قال د. أحمد إن الوضع صعب. وأضاف أن الرد قريب.";
/// var tokens = Tokenizer.Default.Tokenize(text).Tokens;
/// var sentences = SentenceSplitter.Default.Split(text, tokens); // two sentences
/// </code></example>
public sealed class SentenceSplitter
{
    /// <param name="maxQuotationLength">Longest quotation, in UTF-16 units from its opening to its closing mark, kept
    /// in one sentence; longer ones are split at their own sentence ends.</param>
    public SentenceSplitter(int maxQuotationLength = 800) => MaxQuotationLength = maxQuotationLength;

    /// <summary>The splitter with default settings.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>Longest quotation kept together (UTF-16 units).</summary>
    public int MaxQuotationLength { get; }

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/> into sentences that cover every token in order.</summary>
    public IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>(tokens.Count / 20 + 1);
        if (tokens.Count == 0) return sentences;
        var quotes = QuotationSpans.Find(text, tokens, MaxQuotationLength);
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = i;
            if (i + 1 < tokens.Count && !LineBreakBetween(text, tokens, i))
            {
                if (!IsTerminal(text, tokens[i])) continue;
                while (end + 1 < tokens.Count && IsCloser(text, tokens, end + 1) && !LineBreakBetween(text, tokens, end)) end++;
                if (!EndsSentence(text, tokens, i, end, first, quotes)) continue;
            }
            sentences.Add(Make(tokens, first, end));
            first = end + 1;
            i = end;
        }
        return sentences;
    }

    private bool EndsSentence(string text, IReadOnlyList<Token> tokens, int terminal, int lastCloser, int sentenceStart, QuotationSpans quotes)
    {
        var next = lastCloser + 1;
        if (next >= tokens.Count) return true;
        // Inside a quotation that closes later and is not too long, the quotation's own sentences stay in ours.
        // Punctuation right before the closing mark ends the quotation, so it may end our sentence too.
        if (lastCloser == terminal && quotes.ClosesLater(terminal, MaxQuotationLength)) return false;
        // "(...)" marks words left out of a quotation, not an end.
        if (terminal > 0 && tokens[terminal - 1].Range.End == tokens[terminal].Range.Start && text[tokens[terminal - 1].Range.Start] is '(' or '[') return false;
        var mark = text.AsSpan(tokens[terminal].Range.Start, tokens[terminal].Range.Length);
        if (mark.Length > 1 || mark[0] != '.') return true; // ! ? ؟ … and runs such as "..." or "؟!"
        var before = terminal > 0 ? tokens[terminal - 1] : null;
        var after = tokens[next];
        var spaceAfter = tokens[lastCloser].Range.End < after.Range.Start;
        if (before is not null && before.Range.End == tokens[terminal].Range.Start)
        {
            if (!spaceAfter && lastCloser == terminal && IsShortPiece(before) && IsShortPiece(after)) return false; // ق.م, U.S, site.com
            if (Abbreviations.Classify(text, tokens, terminal - 1) is var abbreviation && abbreviation != AbbreviationKind.None)
                return Abbreviations.EndsSentence(abbreviation, text, tokens, terminal - 1, next);
            if (before.Kind == TokenKind.Number && terminal - 1 == sentenceStart && before.Range.Length <= 3) return false; // "1. " list item
        }
        return true;
    }

    /// <summary>A token that can be part of a dotted abbreviation or address: one word without spaces.</summary>
    private static bool IsShortPiece(Token token) => token.Kind is TokenKind.Arabic or TokenKind.Latin or TokenKind.Number;

    private static bool IsTerminal(string text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation) return false;
        var c = text[token.Range.Start];
        return TextChars.IsTerminal(c);
    }

    /// <summary>A closing quote or bracket after sentence-final punctuation; an ASCII quote only when attached to it.</summary>
    private static bool IsCloser(string text, IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind != TokenKind.Punctuation || token.Range.Length != 1) return false;
        var c = text[token.Range.Start];
        return TextChars.IsClosing(c) || (c is '"' or '\'' && tokens[index - 1].Range.End == token.Range.Start);
    }

    private static bool LineBreakBetween(string text, IReadOnlyList<Token> tokens, int i)
    {
        for (var k = tokens[i].Range.End; k < tokens[i + 1].Range.Start; k++)
            if (TextChars.IsLineBreak(text[k])) return true;
        return false;
    }

    private static Sentence Make(IReadOnlyList<Token> tokens, int first, int last) =>
        new(new TextRange(tokens[first].Range.Start, tokens[last].Range.End), first, last - first + 1);
}
