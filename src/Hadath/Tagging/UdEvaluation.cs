using System.Globalization;
using System.Text;

namespace Hadath.Tagging;

/// <summary>
/// CoNLL 2018 shared-task measures on PADT with rebuilt tokens: tokens are the input, so token and sentence
/// F1 (gold sentence split reused) are 100 by construction; words inside a token are aligned by longest common
/// subsequence of forms, as the official script aligns multiword tokens; UPOS F1 counts aligned words whose
/// tag is right, over gold and system word counts.
/// </summary>
public sealed class UdEvaluation
{
    private readonly UdEvaluation? _analyzedOnly;

    public UdEvaluation() : this(true) { }

    private UdEvaluation(bool withSubset) => _analyzedOnly = withSubset ? new UdEvaluation(false) : null;

    /// <summary>
    /// The same measures over tokens PADT analysed (not XPOS "U"): about 6% of PADT tokens are unanalysed
    /// whole tokens tagged X, which no tagger of unvowelled text can tell apart; this subset shows the rest.
    /// </summary>
    public UdEvaluation AnalyzedOnly => _analyzedOnly ?? this;

    public int GoldWords { get; private set; }
    public int SystemWords { get; private set; }
    public int AlignedWords { get; private set; }
    public int CorrectUpos { get; private set; }
    public int Tokens { get; private set; }
    public int Sentences { get; private set; }

    public void Add(UdSentence gold, IReadOnlyList<AnalyzedWord> system)
    {
        Sentences++;
        for (var t = 0; t < gold.Tokens.Count; t++)
        {
            var s = system.Where(w => w.TokenIndex == t).ToArray();
            AddToken(gold.Tokens[t].Words, s);
            if (_analyzedOnly is not null && !gold.Tokens[t].Unanalyzed) _analyzedOnly.AddToken(gold.Tokens[t].Words, s);
        }
    }

    private void AddToken(IReadOnlyList<UdWord> g, AnalyzedWord[] s)
    {
        Tokens++;
        {
            GoldWords += g.Count;
            SystemWords += s.Length;
            // LCS table over forms; backtrack to count aligned pairs and their UPOS agreement.
            var table = new int[g.Count + 1, s.Length + 1];
            for (var i = g.Count - 1; i >= 0; i--)
                for (var j = s.Length - 1; j >= 0; j--)
                    table[i, j] = g[i].Form == s[j].Form ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            int a = 0, b = 0;
            while (a < g.Count && b < s.Length)
            {
                if (g[a].Form == s[b].Form)
                {
                    AlignedWords++;
                    if (g[a].Upos == s[b].Upos) CorrectUpos++;
                    a++; b++;
                }
                else if (table[a + 1, b] >= table[a, b + 1]) a++;
                else b++;
            }
        }
    }

    private static double F1(int correct, int gold, int system) => gold + system == 0 ? 0 : 200.0 * correct / (gold + system);

    /// <summary>Words F1 in percent.</summary>
    public double WordsF1 => F1(AlignedWords, GoldWords, SystemWords);

    /// <summary>UPOS F1 in percent (CoNLL 2018: correct tags over gold and system words).</summary>
    public double UposF1 => F1(CorrectUpos, GoldWords, SystemWords);

    /// <summary>UPOS accuracy over aligned words, in percent.</summary>
    public double AlignedUposAccuracy => AlignedWords == 0 ? 0 : 100.0 * CorrectUpos / AlignedWords;

    public string Format() => string.Create(CultureInfo.InvariantCulture, $"""
        Metric     | Precision |    Recall |  F1 Score | AligndAcc
        -----------+-----------+-----------+-----------+-----------
        Tokens     |    100.00 |    100.00 |    100.00 |   (input: rebuilt gold tokens)
        Sentences  |    100.00 |    100.00 |    100.00 |   (gold split reused)
        Words      | {Pct(AlignedWords, SystemWords),9:F2} | {Pct(AlignedWords, GoldWords),9:F2} | {WordsF1,9:F2} |
        UPOS       | {Pct(CorrectUpos, SystemWords),9:F2} | {Pct(CorrectUpos, GoldWords),9:F2} | {UposF1,9:F2} | {AlignedUposAccuracy,9:F2}
        {Sentences} sentences, {Tokens} tokens, {GoldWords} gold words, {SystemWords} system words
        analysed tokens only ({AnalyzedOnly.Tokens}): words F1 {AnalyzedOnly.WordsF1:F2}, UPOS F1 {AnalyzedOnly.UposF1:F2}
        """);

    private static double Pct(int a, int b) => b == 0 ? 0 : 100.0 * a / b;
}
