using System.Globalization;
using Hadath.Evaluation;
using Hadath.Pipeline;
using Hadath.Text;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath eval sentences FILE.conllu [--join space|newline] [--errors N]</c>: rebuilds the treebank's documents as
/// plain text, runs the text layer and prints precision, recall and F1 of sentences, tokens and words.
/// </summary>
internal static class EvalSentencesCommand
{
    private const string Usage = "usage: hadath eval sentences FILE.conllu [--join space|newline] [--errors N]";

    public static int Run(string[] args)
    {
        string? path = null;
        var join = SentenceJoin.Space;
        var errors = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--join" when i + 1 < args.Length && args[i + 1] is "space" or "newline":
                    join = args[++i] == "space" ? SentenceJoin.Space : SentenceJoin.NewlineAfterUnterminated;
                    break;
                case "--errors" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out errors):
                    i++;
                    break;
                case var a when a.StartsWith('-') || path is not null:
                    Console.Error.WriteLine($"hadath eval sentences: unexpected argument '{a}'.\n{Usage}");
                    return 2;
                default:
                    path = args[i];
                    break;
            }
        }
        if (path is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"hadath eval sentences: {path}: file not found.");
            return 1;
        }

        IReadOnlyList<ConlluSentence> sentences;
        try
        {
            sentences = ConlluReader.Read(path);
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"hadath eval sentences: {e.Message}");
            return 1;
        }
        var documents = PadtTextReconstruction.Reconstruct(sentences, join);
        var shown = 0;
        var scores = UdSentenceEvaluation.Evaluate(documents, TextPipeline.Create(), (gold, doc) =>
        {
            if (shown < errors) shown += PrintSentenceErrors(gold, doc, errors - shown);
        });

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine($"{path}: {scores.Documents} documents, {sentences.Count} gold sentences, join={(join == SentenceJoin.Space ? "space" : "newline")}");
        Console.WriteLine($"{"",-22}{"gold",8}{"pred",8}{"P",8}{"R",8}{"F1",8}");
        Row("sentences", scores.Sentences);
        Row("tokens", scores.Tokens);
        Row("words", scores.Words);
        Row("words (Arabic tokens)", scores.ArabicWords);
        if (scores.UnscoredTokens > 0)
            Console.WriteLine($"({scores.UnscoredTokens} gold tokens whose words the treebank does not place were left out of tokens/words)");
        return 0;

        void Row(string name, PrfCounts c) => Console.WriteLine(string.Format(invariant,
            "{0,-22}{1,8}{2,8}{3,8:F2}{4,8:F2}{5,8:F2}", name, c.Gold, c.Predicted, 100 * c.Precision, 100 * c.Recall, 100 * c.F1));
    }

    /// <summary>Prints gold sentences that the prediction did not reproduce, with the predicted boundaries inside them.</summary>
    private static int PrintSentenceErrors(UdDocument gold, Document document, int budget)
    {
        var predicted = document.Sentences.Select(s => s.Range).ToHashSet();
        var printed = 0;
        foreach (var sentence in gold.Sentences)
        {
            if (printed == budget) break;
            if (predicted.Contains(sentence)) continue;
            var cuts = document.Sentences.Where(s => s.Range.End > sentence.Start && s.Range.End < sentence.End).Select(s => s.Range.End - sentence.Start);
            var text = gold.Text.Substring(sentence.Start, sentence.Length);
            foreach (var cut in cuts.OrderByDescending(c => c)) text = text.Insert(cut, " ‖");
            Console.WriteLine($"{gold.Id} {sentence}: {text}");
            printed++;
        }
        return printed;
    }
}
