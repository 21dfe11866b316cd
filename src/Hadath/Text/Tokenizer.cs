namespace Hadath.Text;

/// <summary>
/// Cuts a text into surface tokens and splits each Arabic token into words with an <see cref="IWordSegmenter"/>.
/// It scans the normalised view (so bidi marks, harakat, tatweel and zero-width joiners are already gone and
/// never separate anything) and maps every range back through <see cref="NormalizedText.ToOriginal(int, int)"/>,
/// so tokens and words index the text as received.
/// </summary>
/// <remarks>
/// Token kinds: Arabic (letters), Latin (letters and digits, with inner apostrophes: G20, don't),
/// Number (digits with inner separators: 12.5, 1,000, ١٢٫٥, 12.7.2025), Punctuation (one character,
/// or a run of sentence-final ones: "...", "؟!"), Symbol (% $ + emoji) and Other (other scripts,
/// lone surrogates). A code point is never split: surrogate pairs stay in one token.
/// </remarks>
/// <example><code>
/// var text = "وقال الوزير: ٢٥ قتيلاً.";
/// var result = Tokenizer.Default.Tokenize(text);
/// // tokens: وقال | الوزير | : | ٢٥ | قتيلاً | .      words of وقال: و + قال (Form "قال")
/// </code></example>
public sealed class Tokenizer
{
    /// <summary>Longest Arabic token handed to the segmenter; longer runs are garbage or glued text, kept whole.</summary>
    private const int MaxSegmentedLetters = 48;

    public Tokenizer(IWordSegmenter segmenter) => Segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));

    /// <summary>The tokeniser with <see cref="CliticSegmenter.Default"/>.</summary>
    public static Tokenizer Default { get; } = new(CliticSegmenter.Default);

    /// <summary>The model that splits Arabic tokens into words.</summary>
    public IWordSegmenter Segmenter { get; }

    /// <summary>Normalises <paramref name="text"/> for matching and tokenises it.</summary>
    public TokenizedText Tokenize(string text) => Tokenize(text, ArabicNormalizer.Normalize(text, NormalizationRules.ForMatching));

    /// <summary>Tokenises <paramref name="text"/> through its normalised <paramref name="view"/>; all ranges index <paramref name="text"/>.</summary>
    public TokenizedText Tokenize(string text, NormalizedText view)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(view);
        if (view.OriginalLength != text.Length)
            throw new ArgumentException($"The view was made from a text of {view.OriginalLength} chars; this text has {text.Length}.", nameof(view));
        var run = new Run(text, view, Segmenter);
        run.Scan();
        run.Finish();
        return new TokenizedText(run.Tokens, run.Words);
    }

    /// <summary>One tokenisation: the scanning state and the buffers it reuses.</summary>
    private sealed class Run(string text, NormalizedText view, IWordSegmenter segmenter)
    {
        private readonly string _v = view.Text;
        private readonly FormCache _forms = new();
        private readonly char[] _letters = new char[MaxSegmentedLetters];
        private readonly int[] _letterAt = new int[MaxSegmentedLetters + 1];
        private readonly WordPiece[] _pieces = new WordPiece[WordPiece.MaxPerToken];
        private int _lastEnd; // original end of the last token added

        public List<Token> Tokens { get; } = new(view.Text.Length / 6 + 4);
        public List<Word> Words { get; } = new(view.Text.Length / 5 + 4);

        public void Scan()
        {
            var v = _v;
            var i = 0;
            while (i < v.Length)
            {
                var c = v[i];
                if (TextChars.IsSeparator(c)) { i++; continue; }
                var start = i;
                TokenKind kind;
                if (TextChars.IsArabicLetter(c))
                    (kind, i) = (TokenKind.Arabic, ScanArabic(i));
                else if (TextChars.IsArabicMark(c))
                {
                    // Marks the view kept (when it does not drop them): before a letter they start its word;
                    // a run holding tatweel is a dash (القاهرة ـ); other stray marks are not tokens.
                    var j = i;
                    var tatweel = false;
                    for (; j < v.Length && TextChars.IsArabicMark(v[j]); j++) tatweel |= v[j] == ArabicLetters.Tatweel;
                    if (j < v.Length && TextChars.IsArabicLetter(v[j])) (kind, i) = (TokenKind.Arabic, ScanArabic(i));
                    else if (tatweel) (kind, i) = (TokenKind.Punctuation, j);
                    else
                    {
                        i = j;
                        continue;
                    }
                }
                else if (TextChars.IsDigit(c))
                {
                    (kind, i) = (TokenKind.Number, ScanNumber(i));
                    if (i < v.Length && TextChars.IsLatinLetter(v[i])) (kind, i) = (TokenKind.Latin, ScanLatin(i)); // 5G, 3D
                }
                else if (TextChars.IsLatinLetter(c))
                    (kind, i) = (TokenKind.Latin, ScanLatin(i));
                else if (TextChars.IsTerminal(c))
                {
                    while (i < v.Length && TextChars.IsTerminal(v[i])) i++; // "...", "؟!" are one token
                    kind = TokenKind.Punctuation;
                }
                else if (TextChars.IsCombining(c))
                {
                    i++; // a mark with no base letter before it: not a token
                    continue;
                }
                else if (char.IsLetter(c))
                    (kind, i) = (TokenKind.Other, ScanOtherLetters(i));
                else
                {
                    kind = TextChars.ClassifyOther(v, i, out var length);
                    i += length;
                }
                while (i < v.Length && TextChars.IsCombining(v[i])) i++; // variation selectors, accents
                i = ExtendWithinSource(i);
                Add(start, i, kind);
            }
        }

        private int ScanArabic(int i)
        {
            var v = _v;
            while (i < v.Length)
            {
                var c = v[i];
                if (TextChars.IsArabicLetter(c) || TextChars.IsArabicMark(c)) i++;
                else if (c is TextChars.ZeroWidthJoiner or TextChars.ZeroWidthNonJoiner && i + 1 < v.Length && TextChars.IsArabicLetter(v[i + 1])) i++;
                else if (c >= '\u0300' && TextChars.IsCombining(c)) i++;
                else break;
            }
            return i;
        }

        private int ScanNumber(int i)
        {
            var v = _v;
            while (i < v.Length)
            {
                if (TextChars.IsDigit(v[i])) i++;
                else if (i + 1 < v.Length && TextChars.IsNumberSeparator(v[i]) && TextChars.IsDigit(v[i + 1])) i += 2;
                else break;
            }
            return i;
        }

        private int ScanLatin(int i)
        {
            var v = _v;
            while (i < v.Length)
            {
                var c = v[i];
                if (TextChars.IsLatinLetter(c) || c is >= '0' and <= '9') i++;
                else if (c is '\'' or '\u2019' && i + 1 < v.Length && TextChars.IsLatinLetter(v[i + 1]) && i > 0 && TextChars.IsLatinLetter(v[i - 1])) i++;
                else if (c >= '\u0300' && TextChars.IsCombining(c)) i++;
                else break;
            }
            return i;
        }

        private int ScanOtherLetters(int i)
        {
            var v = _v;
            while (i < v.Length && (char.IsLetter(v[i]) && !TextChars.IsArabicLetter(v[i]) && !TextChars.IsLatinLetter(v[i]) || TextChars.IsCombining(v[i]))) i++;
            return i;
        }

        /// <summary>
        /// Keeps together view characters made from one original character (ﷺ expands to four words):
        /// a token boundary there would give two tokens the same original range.
        /// </summary>
        private int ExtendWithinSource(int i)
        {
            while (i < _v.Length && view.OriginalStart(i) < view.OriginalEnd(i - 1)) i++;
            return i;
        }

        private void Add(int start, int end, TokenKind kind)
        {
            var range = view.ToOriginal(start, end);
            AddStandaloneTatweels(range.Start);
            _lastEnd = range.End;
            var tokenIndex = Tokens.Count;
            var firstWord = Words.Count;
            if (kind == TokenKind.Arabic) AddArabicWords(start, end, tokenIndex);
            else Words.Add(new Word(view.ToOriginal(start, end), WordRole.Stem, tokenIndex, _forms.Get(_v.AsSpan(start, end - start))));
            Tokens.Add(new Token(range, kind, firstWord, Words.Count - firstWord));
        }

        /// <summary>Called once the view is exhausted: a dash of tatweel can also end the text.</summary>
        public void Finish() => AddStandaloneTatweels(text.Length);

        /// <summary>
        /// The matching view deletes tatweel, and with it a tatweel used as a dash between words ("القاهرة ـ", an
        /// interview's "ـ نعم"). Such runs lie in the gap between two tokens; each becomes a punctuation token.
        /// </summary>
        private void AddStandaloneTatweels(int gapEnd)
        {
            for (var k = _lastEnd; k < gapEnd; k++)
            {
                if (text[k] != ArabicLetters.Tatweel) continue;
                var runStart = k;
                while (k < gapEnd && text[k] == ArabicLetters.Tatweel) k++;
                Words.Add(new Word(new TextRange(runStart, k), WordRole.Stem, Tokens.Count, _forms.Get(text.AsSpan(runStart, k - runStart))));
                Tokens.Add(new Token(new TextRange(runStart, k), TokenKind.Punctuation, Words.Count - 1, 1));
            }
        }

        private void AddArabicWords(int start, int end, int tokenIndex)
        {
            var count = CollectLetters(start, end);
            if (count is 0 or > MaxSegmentedLetters)
            {
                Words.Add(new Word(view.ToOriginal(start, end), WordRole.Stem, tokenIndex, MatchingForm(start, end)));
                return;
            }
            var pieces = _pieces;
            var n = segmenter.Segment(_letters.AsSpan(0, count), pieces);
            if (n <= 1)
            {
                Words.Add(new Word(view.ToOriginal(start, end), WordRole.Stem, tokenIndex, _forms.Matching(_letters.AsSpan(0, count))));
                return;
            }
            _letterAt[count] = end;
            var pieceStart = 0; // first piece of the word being built; pieces whose boundary would split a source character merge
            for (var p = 0; p < n; p++)
            {
                var nextLetter = pieces[p].Start + pieces[p].Length;
                if (p + 1 < n && !IsCleanBoundary(_letterAt[nextLetter])) continue;
                var viewStart = pieceStart == 0 ? start : _letterAt[pieces[pieceStart].Start];
                var viewEnd = p + 1 == n ? end : _letterAt[nextLetter];
                Words.Add(new Word(view.ToOriginal(viewStart, viewEnd), MergedRole(pieces, pieceStart, p), tokenIndex,
                    pieceStart == p && pieces[p].Spelling is { } spelling
                        ? _forms.Matching(spelling)
                        : _forms.Matching(_letters.AsSpan(pieces[pieceStart].Start, nextLetter - pieces[pieceStart].Start))));
                pieceStart = p + 1;
            }
        }

        /// <summary>
        /// Fills the letter buffer with the token's letters in orthographic spelling: the original letter where it is
        /// a base Arabic letter (keeping أ ة ى that the matching view folds), else the view's letter.
        /// </summary>
        private int CollectLetters(int start, int end)
        {
            var count = 0;
            for (var j = start; j < end; j++)
            {
                var c = _v[j];
                if (!TextChars.IsArabicLetter(c)) continue;
                if (count == MaxSegmentedLetters) return MaxSegmentedLetters + 1;
                // A base letter always maps to exactly one view letter; presentation forms and Persian letters do not qualify.
                var original = text[view.OriginalStart(j)];
                _letters[count] = original is >= '\u0621' and <= '\u064A' ? original : ArabicNormalizer.Rewrite(c, NormalizationRules.Orthographic);
                _letterAt[count] = j;
                count++;
            }
            return count;
        }

        private bool IsCleanBoundary(int viewIndex) => view.OriginalStart(viewIndex) >= view.OriginalEnd(viewIndex - 1);

        private static WordRole MergedRole(ReadOnlySpan<WordPiece> pieces, int first, int last)
        {
            for (var p = first; p <= last; p++)
                if (pieces[p].Role == WordRole.Stem) return WordRole.Stem;
            return pieces[first].Role;
        }

        private string MatchingForm(int start, int end)
        {
            Span<char> buffer = end - start <= 256 ? stackalloc char[end - start] : new char[end - start];
            var n = 0;
            for (var j = start; j < end; j++)
                if (TextChars.IsArabicLetter(_v[j])) buffer[n++] = _v[j];
            return _forms.Matching(buffer[..n]);
        }
    }
}
