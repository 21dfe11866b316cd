using System.Globalization;
using System.Text.Json;

namespace Hadath.Text;

/// <summary>
/// Learns <c>Text/Data/clitic-exceptions.tsv</c> from word frequencies in a news corpus. For every token seen at
/// least <see cref="MinCount"/> times it decides, from counts alone, whether the token is clitic + word or one word,
/// and keeps the decision only where <see cref="CliticSegmenter"/>'s rules would decide otherwise.
/// </summary>
/// <remarks>
/// The evidence (Lee et al. 2003 in spirit, counts instead of a trained model): a split p + r is taken when r is
/// itself a frequent word (counting r, الr, وr, فr) and the token shows little sign of being a word of its own
/// (a word takes the article or a conjunction: الوزير and ووزير show وزير is a word; nobody writes الوقال).
/// The weights below were tuned on UD Arabic-PADT dev (word F1 of the segmenter, see <c>hadath eval sentences</c>).
/// Rebuild: <c>HADATH_REBUILD_LEXICON=1 dotnet test --filter CliticLexiconRebuild</c>.
/// </remarks>
public sealed class CliticLexiconBuilder
{
    /// <summary>Tokens rarer than this are left to the rules: their counts say too little.</summary>
    public const int MinCount = 5;

    // How much more frequent the remainder must be than the whole token, by clitic kind: a conjunction is split
    // on weak evidence (most و-initial tokens are و + word), a preposition on more; the article after ب/ل/ك
    // is itself strong evidence.
    private const double ConjunctionWeight = 0.01, PrepositionWeight = 0.05, ArticleWeight = 0.0, PronounWeight = 0.1;

    /// <summary>Weight of the evidence that the whole token is a word (الX, وX, فX counts).</summary>
    private const double WordhoodWeight = 3.0;

    private readonly Dictionary<string, int> _counts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly CliticLexicon _lexicon = CliticLexicon.FunctionWordsOnly();

    public CliticLexiconBuilder(Dictionary<string, int> counts)
    {
        _counts = counts;
        _lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Counts the Arabic tokens (orthographic spelling, as the segmenter sees them) of title and text of every article.</summary>
    public static Dictionary<string, int> CountCorpus(string jsonlPath, out int articles)
    {
        var recorder = new RecordingSegmenter();
        var tokenizer = new Tokenizer(recorder);
        articles = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(jsonlPath))
        {
            lineNumber++;
            if (line.Length == 0) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                foreach (var field in (ReadOnlySpan<string>)["title", "text"])
                    if (json.RootElement.TryGetProperty(field, out var value) && value.GetString() is { } text)
                        tokenizer.Tokenize(text);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{jsonlPath} line {lineNumber}: not a JSON object ({e.Message}).", e);
            }
            articles++;
        }
        return recorder.Counts;
    }

    /// <summary>Decides every frequent token, shortest first so a token's inner parts are settled before it.</summary>
    public CliticLexicon Build()
    {
        var segmenter = new CliticSegmenter(_lexicon);
        var rules = new WordPiece[WordPiece.MaxPerToken];
        var candidates = _counts.Where(c => c.Value >= MinCount).Select(c => c.Key)
            .OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal);
        foreach (var token in candidates)
        {
            var learned = Decide(token);
            var n = segmenter.Segment(token, rules);
            if (!rules.AsSpan(0, n).SequenceEqual(learned)) _lexicon.AddException(token, learned);
        }
        return _lexicon;
    }

    /// <summary>Writes the exceptions, sorted, under a header saying where they came from.</summary>
    public static void Write(CliticLexicon lexicon, TextWriter writer, string source, int articles, int tokenTypes)
    {
        writer.WriteLine("# Clitic segmentation exceptions for CliticSegmenter: tokens whose segmentation differs from the rules alone.");
        writer.WriteLine($"# Built by CliticLexiconBuilder from {source}: {articles} articles, {tokenTypes} Arabic token types,");
        writer.WriteLine($"# tokens seen at least {MinCount} times. Rebuild: HADATH_REBUILD_LEXICON=1 dotnet test --filter CliticLexiconRebuild");
        writer.WriteLine("# Format: token<TAB>segmentation; proclitics end with +, pronoun suffixes begin with +; a stem may be spelled");
        writer.WriteLine("# with ة where the token has ت (حكومة +ها) or with the article whose alef li+al- drops (ل+ اللجنة).");
        foreach (var (token, segmentation) in lexicon.Exceptions().OrderBy(e => e.Token, StringComparer.Ordinal))
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{token}\t{segmentation}"));
    }

    /// <summary>The count-based segmentation of <paramref name="token"/>.</summary>
    internal WordPiece[] Decide(string token)
    {
        if (_lexicon.FunctionWord(token) != CliticLexicon.WordFlags.None) return [new(0, token.Length, WordRole.Stem)];
        var whole = Count(token) * PronounWeight + WordhoodWeight * Wordhood(token);
        var hasArticle = Clitics.HasArticleAfterProclitics(token);
        foreach (var enclitic in Clitics.Enclitics)
        {
            if (hasArticle || token.Length <= enclitic.Length || !token.EndsWith(enclitic, StringComparison.Ordinal)) continue;
            var host = token[..^enclitic.Length];
            var spelled = BestHostSpelling(host);
            var bare = host.Length > 1 && Clitics.IsConjunction(host[0]) ? host[1..] : host;
            var isHost = IsPronounHost(host) || (bare.Length < host.Length && IsPronounHost(bare));
            if (isHost && bare.Length < host.Length && (_lexicon.FunctionWord(token.AsSpan(1)) & CliticLexicon.WordFlags.Whole) != 0) continue;
            if (!isHost)
            {
                if (!Clitics.IsThirdPerson(enclitic) || host.Length < 2) continue;
                var evidence = HostEvidence(host);
                if (evidence < 1 || evidence <= whole) continue;
            }
            var pieces = new List<WordPiece>();
            Proclitics(host, spelled, pieces, allowConjunction: true);
            return [.. pieces, new WordPiece(host.Length, enclitic.Length, WordRole.Enclitic)];
        }
        var result = new List<WordPiece>();
        Proclitics(token, token, result, allowConjunction: true);
        return [.. result];
    }

    /// <summary>Adds the pieces of <paramref name="surface"/>, whose dictionary spelling is <paramref name="spelled"/>.</summary>
    private void Proclitics(string surface, string spelled, List<WordPiece> pieces, bool allowConjunction, int offset = 0)
    {
        if (_lexicon.FunctionWord(spelled) != CliticLexicon.WordFlags.None)
        {
            AddStem(surface, spelled, pieces, offset);
            return;
        }
        var count = Count(spelled);
        if (allowConjunction && surface.Length > 2 && Clitics.IsConjunction(surface[0]))
        {
            var rest = spelled[1..];
            var evidence = Evidence(rest, spelled);
            if (_lexicon.FunctionWord(rest) != CliticLexicon.WordFlags.None
                || (evidence >= 1 && evidence > count * ConjunctionWeight + WordhoodWeight * Wordhood(spelled)))
            {
                pieces.Add(new WordPiece(offset, 1, WordRole.Proclitic));
                Proclitics(surface[1..], rest, pieces, allowConjunction: false, offset + 1);
                return;
            }
        }
        var articleEvidence = WordhoodWeight * Count(Clitics.Article + spelled);
        if (surface.Length > 3 && surface[0] == ArabicLetters.Lam && surface[1] == ArabicLetters.Lam)
        {
            // ل + ل X has three readings: li + al-X (للحل, written without the article's alef: the usual one),
            // li + lX with a lam-initial word and no article (للبنان), li + al-lX (للجنة "for the committee").
            // lX only counts as a word when its count is not just ل + X (لحل is li + hall).
            var stem = spelled[1..];
            var rest = spelled[2..];
            var best = "\u0627" + stem;
            double bestScore = Count(best);
            if (Count(stem) - Count(rest) > bestScore) (best, bestScore) = (stem, Count(stem) - Count(rest));
            if (Count(Clitics.Article + stem) > bestScore) best = Clitics.Article + stem;
            if (Evidence(best, spelled) >= 1 && Evidence(best, spelled) > count * ArticleWeight + articleEvidence)
            {
                pieces.Add(new WordPiece(offset, 1, WordRole.Proclitic));
                pieces.Add(new WordPiece(offset + 1, surface.Length - 1, WordRole.Stem, best == stem ? null : best));
                return;
            }
        }
        else if (surface.Length > 2 && Clitics.IsPreposition(surface[0]))
        {
            var rest = spelled[1..];
            var flags = _lexicon.FunctionWord(rest);
            var evidence = Evidence(rest, spelled);
            var weight = Clitics.HasArticle(rest) ? ArticleWeight : PrepositionWeight;
            if ((flags & CliticLexicon.WordFlags.AfterPreposition) != 0
                || (flags == CliticLexicon.WordFlags.None && evidence >= 1 && evidence > count * weight + articleEvidence))
            {
                pieces.Add(new WordPiece(offset, 1, WordRole.Proclitic));
                AddStem(surface[1..], rest, pieces, offset + 1);
                return;
            }
        }
        if (surface.Length > 3 && surface[0] == ArabicLetters.Seen && Clitics.IsImperfectPrefix(surface[1]))
        {
            var rest = spelled[1..];
            var evidence = Evidence(rest, spelled);
            if (evidence >= 1 && evidence > count * PrepositionWeight + WordhoodWeight * Wordhood(spelled))
            {
                pieces.Add(new WordPiece(offset, 1, WordRole.Proclitic));
                AddStem(surface[1..], rest, pieces, offset + 1);
                return;
            }
        }
        AddStem(surface, spelled, pieces, offset);
    }

    private static void AddStem(string surface, string spelled, List<WordPiece> pieces, int offset) =>
        pieces.Add(new WordPiece(offset, surface.Length, WordRole.Stem, spelled == surface ? null : spelled));

    /// <summary>The spelling of a pronoun's host as a dictionary has it (حكومت → حكومة, أبنائ → أبناء) when that is more frequent.</summary>
    private string BestHostSpelling(string host)
    {
        var best = host;
        if (host.Length < 2) return best;
        var last = host[^1];
        string? alternative = last switch
        {
            ArabicLetters.Teh => host[..^1] + ArabicLetters.TehMarbuta,
            ArabicLetters.WawHamza or ArabicLetters.YehHamza => host[..^1] + ArabicLetters.Hamza,
            _ => null,
        };
        if (alternative is not null && Count(alternative) > Count(best)) best = alternative;
        return best;
    }

    /// <summary>
    /// Evidence that a pronoun's host is a word, under any of its spellings: a final ت may be ة (حكومتها), a final
    /// ي or ا may be ى (عليه, ألقاها), a final و may be وا (قتلوه).
    /// </summary>
    private double HostEvidence(string host)
    {
        var best = (double)Count(host) + Wordhood(host);
        string? alternative = host[^1] switch
        {
            ArabicLetters.Teh => host[..^1] + ArabicLetters.TehMarbuta,
            ArabicLetters.Yeh or ArabicLetters.Alef => host[..^1] + ArabicLetters.AlefMaksura,
            ArabicLetters.Waw => host + ArabicLetters.Alef,
            ArabicLetters.WawHamza or ArabicLetters.YehHamza => host[..^1] + ArabicLetters.Hamza,
            _ => null,
        };
        return alternative is null ? best : Math.Max(best, Count(alternative) + Wordhood(alternative));
    }

    /// <summary>How often <paramref name="word"/> occurs on its own or after the article or a conjunction, not counting <paramref name="token"/> itself.</summary>
    private double Evidence(string word, string token)
    {
        double total = Count(word);
        foreach (var prefix in (ReadOnlySpan<string>)[Clitics.Article, "\u0648", "\u0641"])
            if (!(token.Length == prefix.Length + word.Length && token.StartsWith(prefix, StringComparison.Ordinal) && token.EndsWith(word, StringComparison.Ordinal)))
                total += Count(prefix + word);
        return total;
    }

    /// <summary>Signs that <paramref name="token"/> is a word of its own: it takes the article or a conjunction.</summary>
    private double Wordhood(string token) => Count(Clitics.Article + token) + Count("\u0648" + token) + Count("\u0641" + token);

    private bool IsPronounHost(string word) => (_lexicon.FunctionWord(word) & CliticLexicon.WordFlags.PronounHost) != 0;

    private int Count(string word) => _lookup.TryGetValue(word, out var n) ? n : 0;

    /// <summary>A segmenter that keeps every token whole and counts what it was given.</summary>
    private sealed class RecordingSegmenter : IWordSegmenter
    {
        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public string Name => "recording";

        public int Segment(ReadOnlySpan<char> letters, Span<WordPiece> pieces)
        {
            var lookup = Counts.GetAlternateLookup<ReadOnlySpan<char>>();
            lookup[letters] = lookup.TryGetValue(letters, out var n) ? n + 1 : 1;
            pieces[0] = new WordPiece(0, letters.Length, WordRole.Stem);
            return 1;
        }
    }
}
