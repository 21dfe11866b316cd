using Hadath.Pipeline;
using Hadath.Text;

namespace Hadath.Evaluation;

/// <summary>
/// Scores sentence splitting, tokenisation and clitic segmentation against a UD treebank. Treebanks without raw
/// text (PADT v1.2) are rebuilt with <see cref="PadtTextReconstruction"/>; each document then runs through the
/// text pipeline and its sentences, tokens and words are compared with the gold ones by exact character range.
/// </summary>
/// <example><code>
/// var documents = PadtTextReconstruction.Reconstruct(ConlluReader.Read("ar-ud-dev.conllu"), SentenceJoin.Space);
/// var scores = UdSentenceEvaluation.Evaluate(documents, TextPipeline.Create());
/// Console.WriteLine(scores.Sentences.F1);
/// </code></example>
public static class UdSentenceEvaluation
{
    /// <summary>Runs <paramref name="pipeline"/> (which must provide tokens, words and sentences) over every document and scores it.</summary>
    /// <param name="onDocument">Called with each gold document and its analysed counterpart, for error listings.</param>
    public static UdTextScores Evaluate(IReadOnlyList<UdDocument> documents, AnalysisPipeline pipeline, Action<UdDocument, Document>? onDocument = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(pipeline);
        PrfCounts sentences = default, tokens = default, words = default, arabic = default;
        var unscored = 0;
        foreach (var gold in documents)
        {
            var document = pipeline.Process(new Document(gold.Id, gold.Text));
            onDocument?.Invoke(gold, document);
            sentences += Compare(gold.Sentences, document.Sentences.Select(s => s.Range));

            var excluded = gold.Tokens.Where(t => !t.Scored).Select(t => t.Range).ToArray();
            unscored += excluded.Length;
            bool Kept(TextRange r) => !excluded.Any(x => x.Overlaps(r));
            tokens += Compare(gold.Tokens.Where(t => t.Scored).Select(t => t.Range), document.Tokens.Select(t => t.Range).Where(Kept));
            words += Compare(gold.Tokens.Where(t => t.Scored).SelectMany(t => t.Words), document.Words.Select(w => w.Range).Where(Kept));

            var arabicTokens = gold.Tokens.Where(t => t.Scored && ContainsArabicLetter(gold.Text, t.Range)).Select(t => t.Range).ToArray();
            var goldArabic = gold.Tokens.Where(t => t.Scored && ContainsArabicLetter(gold.Text, t.Range)).SelectMany(t => t.Words);
            var predictedArabic = document.Words.Select(w => w.Range).Where(r => Kept(r) && InAny(arabicTokens, r));
            arabic += Compare(goldArabic, predictedArabic);
        }
        return new UdTextScores(sentences, tokens, words, arabic, documents.Count, unscored);
    }

    private static PrfCounts Compare(IEnumerable<TextRange> gold, IEnumerable<TextRange> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        var correct = predictedSet.Count(goldSet.Contains);
        return new PrfCounts(goldSet.Count, predictedSet.Count, correct);
    }

    /// <summary>True when <paramref name="range"/> overlaps one of the sorted <paramref name="ranges"/>.</summary>
    private static bool InAny(TextRange[] ranges, TextRange range)
    {
        int lo = 0, hi = ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (ranges[mid].End <= range.Start) lo = mid + 1;
            else if (ranges[mid].Start >= range.End) hi = mid - 1;
            else return true;
        }
        return false;
    }

    private static bool ContainsArabicLetter(string text, TextRange range)
    {
        foreach (var c in text.AsSpan(range.Start, range.Length))
            if (ArabicLetters.IsArabicLetter(c)) return true;
        return false;
    }
}
