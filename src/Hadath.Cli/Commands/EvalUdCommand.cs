using Hadath.Tagging;

namespace Hadath.Cli.Commands;

/// <summary>
/// `hadath eval ud FILE.conllu [--model ud.bin] [--clusters clusters.bin]`: rebuilds tokens from the gold
/// CoNLL-U words (<see cref="PadtTokens"/>), segments and tags them, and prints CoNLL 2018-style words F1
/// and UPOS (see <see cref="UdEvaluation"/>).
/// </summary>
internal static class EvalUdCommand
{
    public static int Run(string[] args)
    {
        CommandArgs options;
        try { options = CommandArgs.Parse(args, ["--model", "--clusters"]); }
        catch (ArgumentException e) { return Usage(e.Message); }
        if (options.Positional.Count != 1) return Usage("give one FILE.conllu");
        try
        {
            var analyzer = NerModels.LoadUd(options);
            var evaluation = new UdEvaluation();
            foreach (var sentence in ConlluReader.Read(options.Positional[0]))
                evaluation.Add(sentence, analyzer.Analyze(sentence.Tokens.Select(t => t.Surface).ToArray()));
            Console.WriteLine(evaluation.Format());
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"hadath eval ud: {e.Message}");
            return 1;
        }
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"hadath eval ud: {problem}");
        Console.Error.WriteLine("usage: hadath eval ud FILE.conllu [--model models/ud.bin] [--clusters models/clusters.bin]");
        return 2;
    }
}
