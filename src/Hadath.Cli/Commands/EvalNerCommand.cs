using Hadath.Tagging;

namespace Hadath.Cli.Commands;

/// <summary>
/// `hadath eval ner FILE [--model ner.bin] [--clusters clusters.bin]`: entity-level exact-match precision,
/// recall and F1 per type, by conlleval's rules. A FILE with 3+ columns is conlleval input (token ... gold
/// predicted) and is scored as is; with 2 columns (token gold, e.g. ANERcorp) it is tagged first, as one
/// document. Types PERS and MIS read as PER and MISC.
/// </summary>
internal static class EvalNerCommand
{
    public static int Run(string[] args)
    {
        CommandArgs options;
        try { options = CommandArgs.Parse(args, ["--model", "--clusters"]); }
        catch (ArgumentException e) { return Usage(e.Message); }
        if (options.Positional.Count != 1) return Usage("give one FILE");
        try
        {
            Console.Write(Evaluate(options.Positional[0], options).Format());
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"hadath eval ner: {e.Message}");
            return 1;
        }
    }

    internal static NerEvaluation Evaluate(string file, CommandArgs options)
    {
        var sentences = ConllReader.Read(file, minColumns: 2);
        var evaluation = new NerEvaluation();
        var columns = sentences.Count == 0 ? 0 : sentences.Min(s => s.Columns.Min(c => c.Length));
        if (columns >= 2)
        {
            foreach (var s in sentences)
                evaluation.Add(s.Columns.Select(c => Normalize(c[^2])).ToArray(), s.Columns.Select(c => Normalize(c[^1])).ToArray());
            return evaluation;
        }
        var tagger = NerModels.Load(options);
        var predicted = tagger.TagDocument(sentences.Select(s => s.Tokens).ToArray());
        for (var j = 0; j < sentences.Count; j++)
            evaluation.Add(sentences[j].Columns.Select(c => Normalize(c[0])).ToArray(), predicted[j]);
        return evaluation;
    }

    /// <summary>PERS and MIS (ANERcorp, AQMAR spellings) read as PER and MISC; other tags unchanged.</summary>
    private static string Normalize(string tag)
    {
        var (prefix, type) = EntitySpans.Split(tag);
        return type is not null && NerCorpora.FlatType(type) is { } mapped ? $"{prefix}-{mapped}" : tag;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"hadath eval ner: {problem}");
        Console.Error.WriteLine("usage: hadath eval ner FILE [--model models/ner.bin] [--clusters models/clusters.bin]");
        return 2;
    }
}
