using Hadath.Tagging;

namespace Hadath.Cli.Commands;

/// <summary>
/// `hadath eval ner FILE` and `hadath eval ud FILE`, each with optional --model/--clusters.
/// ner: FILE with 3+ columns is conlleval input (token ... gold predicted) and is scored as is; with 2 columns
/// (token gold, e.g. ANERcorp) it is tagged first, as one document. Types PERS/MIS read as PER/MISC.
/// ud: FILE is gold CoNLL-U; tokens are rebuilt from its words (<see cref="PadtTokens"/>), analysed and scored.
/// Further evaluations (other helpers') add a case to <see cref="Run"/>.
/// </summary>
internal static class EvalCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0) return Usage("name what to evaluate: ner or ud");
        CommandArgs options;
        try { options = CommandArgs.Parse(args[1..], ["--model", "--clusters"]); }
        catch (ArgumentException e) { return Usage(e.Message); }
        if (options.Positional.Count != 1) return Usage("give one FILE");
        var file = options.Positional[0];
        try
        {
            switch (args[0])
            {
                case "ner": Console.Write(Ner(file, options).Format()); return 0;
                case "ud": Console.WriteLine(Ud(file, options).Format()); return 0;
                default: return Usage($"unknown evaluation '{args[0]}'");
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"hadath eval: {e.Message}");
            return 1;
        }
    }

    internal static NerEvaluation Ner(string file, CommandArgs options)
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

    internal static UdEvaluation Ud(string file, CommandArgs options)
    {
        var analyzer = NerModels.LoadUd(options);
        var evaluation = new UdEvaluation();
        foreach (var sentence in ConlluReader.Read(file))
            evaluation.Add(sentence, analyzer.Analyze(sentence.Tokens.Select(t => t.Surface).ToArray()));
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
        Console.Error.WriteLine($"hadath eval: {problem}");
        Console.Error.WriteLine("usage: hadath eval ner FILE [--model models/ner.bin] [--clusters models/clusters.bin]");
        Console.Error.WriteLine("       hadath eval ud FILE.conllu [--model models/ud.bin] [--clusters models/clusters.bin]");
        return 2;
    }
}
