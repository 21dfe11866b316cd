namespace Hadath.Text;

/// <summary>
/// The quotations of a token sequence: for each token inside one, where the innermost quotation closes and
/// how long it is. Quotation marks pair by family (“ ” „, « », ‹ ›, and the ASCII " which toggles); a mark
/// of the family on top of the stack closes it, any other opens, so reversed marks (» ... «, common in
/// Arabic typesetting) pair too. A quotation never spans a line break.
/// </summary>
internal sealed class QuotationSpans
{
    private readonly int[] _closer;
    private readonly int[] _length;

    private QuotationSpans(int count)
    {
        _closer = new int[count];
        _length = new int[count];
        Array.Fill(_closer, -1);
    }

    /// <summary>Pairs the quotation marks of <paramref name="tokens"/>; quotations longer than <paramref name="maxLength"/> are not recorded.</summary>
    public static QuotationSpans Find(string text, IReadOnlyList<Token> tokens, int maxLength)
    {
        var spans = new QuotationSpans(tokens.Count);
        var open = new Stack<(int Token, int Family)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation && token.Range.Length == 1 && Family(text[token.Range.Start]) is var family and >= 0)
            {
                var direction = family == AsciiFamily ? AsciiDirection(text, token.Range) : 0;
                var closes = direction > 0 ? open.Count > 0 && open.Peek().Family == family
                    : direction == 0 && open.Count > 0 && open.Peek().Family == family;
                if (closes)
                    spans.Record(tokens, open.Pop().Token, i, maxLength);
                else if (direction <= 0)
                    open.Push((i, family));
                // a closing ASCII quote with no opener is dropped: it must not open a quotation that swallows what follows
            }
            if (i + 1 < tokens.Count && open.Count > 0 && HasLineBreak(text, token.Range.End, tokens[i + 1].Range.Start)) open.Clear();
        }
        return spans;
    }

    /// <summary>True when token <paramref name="index"/> lies inside a quotation that closes after it and is at most <paramref name="maxLength"/> long.</summary>
    public bool ClosesLater(int index, int maxLength) => _closer[index] > index && _length[index] <= maxLength;

    private void Record(IReadOnlyList<Token> tokens, int opener, int closer, int maxLength)
    {
        var length = tokens[closer].Range.End - tokens[opener].Range.Start;
        if (length > maxLength) return; // also bounds the work: only short spans are filled
        for (var k = opener + 1; k < closer; k++)
        {
            if (_closer[k] != -1) continue; // an inner quotation got there first
            _closer[k] = closer;
            _length[k] = length;
        }
    }

    private const int AsciiFamily = 3;

    /// <summary>
    /// The ASCII quote is both opening and closing; its spacing says which: attached to the word after it and
    /// spaced before (or at a line start) it opens (-1); attached to the word before it and spaced or punctuated
    /// after it closes (+1); otherwise it is unclear (0) and toggles.
    /// </summary>
    private static int AsciiDirection(string text, TextRange range)
    {
        var before = range.Start > 0 ? text[range.Start - 1] : ' ';
        var after = range.End < text.Length ? text[range.End] : ' ';
        var spacedBefore = char.IsWhiteSpace(before) || TextChars.IsOpening(before);
        var spacedAfter = char.IsWhiteSpace(after) || TextChars.IsClosing(after) || char.IsPunctuation(after);
        if (spacedBefore && !spacedAfter) return -1;
        if (spacedAfter && !spacedBefore) return 1;
        return 0;
    }

    private static int Family(char c) => c switch
    {
        TextChars.LeftDoubleQuote or TextChars.RightDoubleQuote or '\u201E' => 0,
        TextChars.LeftGuillemet or TextChars.RightGuillemet => 1,
        '\u2039' or '\u203A' => 2,
        '"' => 3,
        _ => -1,
    };

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (TextChars.IsLineBreak(text[k])) return true;
        return false;
    }
}
