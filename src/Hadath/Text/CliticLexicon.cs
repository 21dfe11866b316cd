namespace Hadath.Text;

/// <summary>
/// The data <see cref="CliticSegmenter"/> decides with: hand-written function words
/// (<c>Text/Data/clitic-function-words.tsv</c>) and the exceptions learned from a news corpus
/// (<c>Text/Data/clitic-exceptions.tsv</c>, built by <see cref="CliticLexiconBuilder"/>): tokens whose
/// segmentation differs from what the segmenter's rules alone would give (وزير stays whole, بموجبه is ب+موجب+ه).
/// Keys are orthographic spellings (see <see cref="IWordSegmenter"/>).
/// </summary>
public sealed class CliticLexicon
{
    /// <summary>Function-word flags (see the header of clitic-function-words.tsv).</summary>
    [Flags]
    internal enum WordFlags
    {
        None = 0,
        /// <summary>Never split the word itself.</summary>
        Whole = 1,
        /// <summary>A preposition before it is split even when the rest is short.</summary>
        AfterPreposition = 2,
        /// <summary>Takes pronoun suffixes of every person.</summary>
        PronounHost = 4,
    }

    private readonly Dictionary<string, WordFlags> _functionWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordPiece[]> _exceptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordFlags>.AlternateLookup<ReadOnlySpan<char>> _functionLookup;
    private readonly Dictionary<string, WordPiece[]>.AlternateLookup<ReadOnlySpan<char>> _exceptionLookup;

    private CliticLexicon()
    {
        _functionLookup = _functionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _exceptionLookup = _exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped in the Hadath assembly.</summary>
    public static CliticLexicon Default { get; } = LoadEmbedded(withExceptions: true);

    /// <summary>Number of learned exceptions.</summary>
    public int ExceptionCount => _exceptions.Count;

    /// <summary>Function words only, no learned exceptions: the starting point of <see cref="CliticLexiconBuilder"/>.</summary>
    internal static CliticLexicon FunctionWordsOnly() => LoadEmbedded(withExceptions: false);

    internal WordFlags FunctionWord(ReadOnlySpan<char> word) => _functionLookup.TryGetValue(word, out var flags) ? flags : WordFlags.None;

    internal bool TryGetException(ReadOnlySpan<char> token, out WordPiece[] pieces) => _exceptionLookup.TryGetValue(token, out pieces!);

    internal void AddException(string token, WordPiece[] pieces) => _exceptions[token] = pieces;

    /// <summary>The learned exceptions in the file format: token, tab, segmentation (see <see cref="Format"/>).</summary>
    internal IEnumerable<(string Token, string Segmentation)> Exceptions() =>
        _exceptions.Select(e => (e.Key, Format(e.Key, e.Value)));

    /// <summary>
    /// Writes pieces the way Arabic treebanks write segmentations: space-separated spellings, a proclitic with a
    /// trailing '+', an enclitic with a leading '+' ("و+ ب+ موجب +ه", "ل+ اللجنة", "حكومة +ها", "وزير").
    /// </summary>
    internal static string Format(string token, ReadOnlySpan<WordPiece> pieces)
    {
        var parts = new string[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            var spelling = pieces[i].Spelling ?? token.Substring(pieces[i].Start, pieces[i].Length);
            parts[i] = pieces[i].Role switch
            {
                WordRole.Proclitic => spelling + "+",
                WordRole.Enclitic => "+" + spelling,
                _ => spelling,
            };
        }
        return string.Join(' ', parts);
    }

    /// <summary>
    /// Reads a segmentation written by <see cref="Format"/> back into pieces aligned with <paramref name="token"/>;
    /// null when the spellings do not fit the token. A spelling may differ from the letters in two ways only:
    /// a respelled last letter (<see cref="IsRespelledEnding"/>), and an article ال whose alef the token does not write (after ل).
    /// </summary>
    internal static WordPiece[]? Parse(string token, string segmentation)
    {
        var parts = segmentation.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pieces = new WordPiece[parts.Length];
        var position = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            var role = WordRole.Stem;
            if (p.Length > 1 && p[^1] == '+') (role, p) = (WordRole.Proclitic, p[..^1]);
            else if (p.Length > 1 && p[0] == '+') (role, p) = (WordRole.Enclitic, p[1..]);
            var rest = token.AsSpan(position);
            if (rest.StartsWith(p, StringComparison.Ordinal))
                pieces[i] = new WordPiece(position, p.Length, role);
            else if (rest.Length >= p.Length && IsRespelledEnding(p[^1], rest[p.Length - 1])
                     && rest[..(p.Length - 1)].SequenceEqual(p.AsSpan(0, p.Length - 1)))
                pieces[i] = new WordPiece(position, p.Length, role, p);
            else if (Clitics.HasArticle(p) && rest.StartsWith(p.AsSpan(1), StringComparison.Ordinal))
                pieces[i] = new WordPiece(position, p.Length - 1, role, p); // ل+ الحظر written للحظر: the article's lam is written
            else if (Clitics.HasArticle(p) && p.Length > 3 && p[2] == ArabicLetters.Lam && rest.StartsWith(p.AsSpan(2), StringComparison.Ordinal))
                pieces[i] = new WordPiece(position, p.Length - 2, role, p); // ل+ اللاجئين written للاجئين: the stem's lam is written
            else
                return null;
            position += pieces[i].Length;
        }
        return position == token.Length && parts.Length > 0 ? pieces : null;
    }

    /// <summary>
    /// A host's last letter changes before a pronoun suffix: ة is written ت (حكومتها), a final hamza sits on
    /// waw or yeh (أبناؤه, أبنائه). The spelling keeps the dictionary letter.
    /// </summary>
    internal static bool IsRespelledEnding(char spelled, char written) =>
        (spelled == ArabicLetters.TehMarbuta && written == ArabicLetters.Teh)
        || (spelled == ArabicLetters.Hamza && written is ArabicLetters.WawHamza or ArabicLetters.YehHamza);

    private static CliticLexicon LoadEmbedded(bool withExceptions)
    {
        const string functionWords = "clitic-function-words.tsv", exceptions = "clitic-exceptions.tsv";
        var lexicon = new CliticLexicon();
        foreach (var row in EmbeddedData.ReadTsv(functionWords))
        {
            var flags = WordFlags.None;
            foreach (var f in row[1])
                flags |= f switch
                {
                    'W' => WordFlags.Whole,
                    'P' => WordFlags.AfterPreposition,
                    'E' => WordFlags.PronounHost,
                    _ => throw EmbeddedData.BadRow(functionWords, row, $"unknown flag '{f}' (use W, P or E)."),
                };
            lexicon._functionWords[row[0]] = flags;
        }
        if (!withExceptions) return lexicon;
        foreach (var row in EmbeddedData.ReadTsv(exceptions))
        {
            if (Parse(row[0], row[1]) is not { } pieces)
                throw EmbeddedData.BadRow(exceptions, row, $"\"{string.Join('\t', row.Fields)}\" is not token<TAB>segmentation whose spellings fit the token.");
            lexicon._exceptions[row[0]] = pieces;
        }
        return lexicon;
    }
}
