using Hadath.Tagging;

namespace Hadath.Cli.Commands;

/// <summary>
/// `hadath tag --conll FILE [--model ner.bin] [--clusters clusters.bin]`: reads one token per line (first
/// column; blank line between sentences) and prints `token&lt;TAB&gt;tag` in IOB2 with PER/ORG/LOC/MISC, a blank
/// line after each sentence. The file is tagged as one document (names share evidence across nearby sentences).
/// </summary>
internal static class TagCommand
{
    public static int Run(string[] args)
    {
        CommandArgs options;
        try { options = CommandArgs.Parse(args, ["--conll", "--model", "--clusters"]); }
        catch (ArgumentException e) { return Usage(e.Message); }
        if (options.Get("--conll") is not { } file || options.Positional.Count > 0) return Usage("give the input with --conll FILE");
        try
        {
            var tagger = NerModels.Load(options);
            var sentences = ConllReader.Read(file);
            var tags = tagger.TagDocument(sentences.Select(s => s.Tokens).ToArray());
            using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
            for (var j = 0; j < sentences.Count; j++)
            {
                for (var i = 0; i < sentences[j].Tokens.Count; i++)
                    output.Write($"{sentences[j].Tokens[i]}\t{tags[j][i]}\n");
                output.Write('\n');
            }
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"hadath tag: {e.Message}");
            return 1;
        }
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"hadath tag: {problem}");
        Console.Error.WriteLine("usage: hadath tag --conll FILE [--model models/ner.bin] [--clusters models/clusters.bin]");
        return 2;
    }
}
