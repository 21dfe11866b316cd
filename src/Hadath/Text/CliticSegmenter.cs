using static Hadath.Text.ArabicLetters;

namespace Hadath.Text;

/// <summary>
/// Rule-and-lexicon clitic segmentation. A token is first looked up in the learned exceptions
/// (<see cref="CliticLexicon"/>); otherwise the rules below apply, with function words and exceptions
/// protecting the inner parts (ولبنان = و + لبنان because لبنان is listed whole).
/// <list type="number">
/// <item>A pronoun suffix is split after a host particle (فيه, لها, منهم, عليك) in any person, and after
/// other words only in the third person, when the host has at least two letters and no article
/// (a definite noun cannot take a possessive). A host's ت is spelled ة unless it ends in ات (plural), and a
/// hamza seat ؤ/ئ before the suffix is spelled ء (أبنائه = أبناء + ه).</item>
/// <item>Then, left to right: one conjunction و/ف before at least two letters; لل as ل + a stem spelled
/// with ال; a preposition ب/ل/ك before the article (بالمفاوضات) or a listed word (لذلك), other splits
/// such as بسبب being learned, because unknown ب/ك/ل-initial tokens are mostly names (بطرس, كينشاسا);
/// the future س before an imperfect prefix ي/ت/ن/أ and at least two more letters.</item>
/// </list>
/// The article stays inside the stem (اللجنة is one word), as in UD Arabic-PADT and as entity matching wants:
/// gazetteers list names with their article, and a mention of "the committee" should cover ال.
/// </summary>
/// <example><code>
/// var pieces = new WordPiece[WordPiece.MaxPerToken];
/// var n = CliticSegmenter.Default.Segment("وبموجبه", pieces); // و + ب + موجب + ه
/// </code></example>
public sealed class CliticSegmenter : IWordSegmenter
{
    private readonly CliticLexicon _lexicon;

    public CliticSegmenter(CliticLexicon lexicon) => _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    /// <summary>The segmenter with the shipped lexicon.</summary>
    public static CliticSegmenter Default { get; } = new(CliticLexicon.Default);

    /// <inheritdoc/>
    public string Name => "clitic-rules";

    /// <inheritdoc/>
    public int Segment(ReadOnlySpan<char> letters, Span<WordPiece> pieces)
    {
        if (letters.IsEmpty) return 0;
        if (_lexicon.TryGetException(letters, out var known))
        {
            known.CopyTo(pieces);
            return known.Length;
        }
        if (_lexicon.FunctionWord(letters) != CliticLexicon.WordFlags.None) return Whole(letters, 0, pieces, 0);
        if (Clitics.IsConjunction(letters[0]) && IsWhole(letters[1..]))
            return Whole(letters[1..], 1, pieces, Piece(pieces, 0, 0, 1, WordRole.Proclitic)); // وهذه = و + هذه, not و + هذ + ه

        foreach (var enclitic in Clitics.Enclitics)
        {
            if (letters.Length <= enclitic.Length || !letters.EndsWith(enclitic)) continue;
            var hostEnd = letters.Length - enclitic.Length;
            var host = letters[..hostEnd];
            var hasConjunction = host.Length > 1 && Clitics.IsConjunction(host[0]);
            int n;
            if (IsPronounHost(host))
                n = Whole(host, 0, pieces, 0);
            else if (hasConjunction && IsPronounHost(host[1..]) && !IsWhole(letters[1..]))
                n = Whole(host[1..], 1, pieces, Piece(pieces, 0, 0, 1, WordRole.Proclitic));
            else if (Clitics.IsThirdPerson(enclitic) && host.Length - (hasConjunction ? 1 : 0) >= 2
                     && !Clitics.HasArticleAfterProclitics(host))
                n = HostPieces(letters, hostEnd, pieces);
            else
                continue;
            return Piece(pieces, n, hostEnd, enclitic.Length, WordRole.Enclitic);
        }
        return Proclitics(letters, 0, letters.Length, pieces, 0, allowConjunction: true);
    }

    /// <summary>Splits the proclitics of letters[start..end) into pieces[n..]; returns the new piece count.</summary>
    internal int Proclitics(ReadOnlySpan<char> letters, int start, int end, Span<WordPiece> pieces, int n, bool allowConjunction)
    {
        var t = letters[start..end];
        if (t.Length < letters.Length && _lexicon.TryGetException(t, out var known))
        {
            foreach (var p in known)
                pieces[n++] = p with { Start = p.Start + start };
            return n;
        }
        if (_lexicon.FunctionWord(t) != CliticLexicon.WordFlags.None) return Whole(t, start, pieces, n);
        if (allowConjunction && t.Length >= 3 && Clitics.IsConjunction(t[0]))
            return Proclitics(letters, start + 1, end, pieces, Piece(pieces, n, start, 1, WordRole.Proclitic), allowConjunction: false);
        if (t.Length >= 4 && t[0] == Lam && t[1] == Lam)
        {
            // li + al-: the article's alef is not written (للجنة), so the stem's letters are لجنة, spelled اللجنة.
            n = Piece(pieces, n, start, 1, WordRole.Proclitic);
            pieces[n] = new WordPiece(start + 1, t.Length - 1, WordRole.Stem, string.Concat("\u0627", t[1..]));
            return n + 1;
        }
        if (t.Length >= 2 && Clitics.IsPreposition(t[0])
            && ((t.Length >= 4 && Clitics.HasArticle(t[1..])) || (_lexicon.FunctionWord(t[1..]) & CliticLexicon.WordFlags.AfterPreposition) != 0))
            return Whole(t[1..], start + 1, pieces, Piece(pieces, n, start, 1, WordRole.Proclitic));
        if (t.Length >= 4 && t[0] == Seen && Clitics.IsImperfectPrefix(t[1]))
            return Whole(t[1..], start + 1, pieces, Piece(pieces, n, start, 1, WordRole.Proclitic));
        return Whole(t, start, pieces, n);
    }

    private bool IsPronounHost(ReadOnlySpan<char> word) => (_lexicon.FunctionWord(word) & CliticLexicon.WordFlags.PronounHost) != 0;

    private bool IsWhole(ReadOnlySpan<char> word) => (_lexicon.FunctionWord(word) & CliticLexicon.WordFlags.Whole) != 0;

    /// <summary>
    /// The pieces of a pronoun's host, letters[..hostEnd), spelled as a dictionary has it. A noun's ة is written ت
    /// before a pronoun (حكومة + ها = حكومتها), so it is restored unless the host ends in ات, the feminine plural,
    /// whose ت is its own (قوات + ها); verbs and nouns ending in ت (أبدته, وقته) are learned exceptions. A final
    /// hamza moves onto waw or yeh (أبناء + ه = أبنائه). The respelled host is looked up first, so a listed word
    /// stays whole (وزارتهما = وزارة + هما, not و + زارة + هما).
    /// </summary>
    private int HostPieces(ReadOnlySpan<char> letters, int hostEnd, Span<WordPiece> pieces)
    {
        var respelled = Respell(letters[..hostEnd]);
        int n;
        if (respelled is not null && _lexicon.TryGetException(respelled, out var known))
        {
            known.CopyTo(pieces);
            n = known.Length;
        }
        else
            n = Proclitics(letters, 0, hostEnd, pieces, 0, allowConjunction: true);
        ref var stem = ref pieces[n - 1];
        if (respelled is not null && stem.Spelling is null && stem.Role == WordRole.Stem)
            stem = stem with { Spelling = respelled[stem.Start..] };
        return n;
    }

    private static string? Respell(ReadOnlySpan<char> host)
    {
        if (host.Length < 3) return null;
        if (host[^1] == Teh && host[^2] != Alef) return string.Concat(host[..^1], "\u0629");
        if (host[^1] is WawHamza or YehHamza) return string.Concat(host[..^1], "\u0621");
        return null;
    }

    private static int Whole(ReadOnlySpan<char> word, int start, Span<WordPiece> pieces, int n) =>
        Piece(pieces, n, start, word.Length, WordRole.Stem);

    private static int Piece(Span<WordPiece> pieces, int n, int start, int length, WordRole role)
    {
        pieces[n] = new WordPiece(start, length, role);
        return n + 1;
    }
}
