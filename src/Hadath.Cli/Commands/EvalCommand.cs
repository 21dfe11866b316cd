using Hadath.Cli.Extraction;
using Hadath.Evaluation;
using Hadath.Output;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath eval SUBCOMMAND ...</c>: evaluation reports. Subcommands:
/// <list type="bullet">
/// <item><c>articles GOLD.jsonl [--system SYS.jsonl] [--out SYS.jsonl] [--json]</c>: score the engine (or, with
/// --system, a given system file) against article gold; --out saves what the engine extracted.</item>
/// <item><c>score GOLD.jsonl SYS.jsonl [--json]</c>: score two article files, as shared/tools/score_articles.py
/// does, with the same printed output.</item>
/// </list>
/// </summary>
/// <remarks>
/// To add a subcommand (ner, ud, sentences, gsr ...): write <c>Commands/Eval{Name}Command.cs</c> as
/// <c>internal static class Eval{Name}Command { public static int Run(string[] args) }</c> (args after the
/// subcommand word; print errors to stderr naming file and line; return 0 ok, 1 bad data, 2 bad usage) and add
/// one line <c>["name"] = (Eval{Name}Command.Run, "one-line usage"),</c> to <see cref="Subcommands"/>.
/// </remarks>
internal static class EvalCommand
{
    // Subcommand word -> (handler taking the arguments after it, usage line for the help text).
    private static readonly Dictionary<string, (Func<string[], int> Run, string Usage)> Subcommands = new(StringComparer.Ordinal)
    {
        ["articles"] = (RunArticles, "articles GOLD.jsonl [--system SYS.jsonl] [--out SYS.jsonl] [--json]"),
        ["score"] = (RunScore, "score GOLD.jsonl SYS.jsonl [--json]"),
        ["gsr"] = (EvalGsrCommand.Run, "gsr FILE_gsr.csv [--split tune|report|all] [--errors N]"),
        ["sentences"] = (EvalSentencesCommand.Run, "sentences FILE.conllu [--join space|newline] [--errors N]"),
        ["ner"] = (EvalNerCommand.Run, "ner FILE [--model ner.bin] [--clusters clusters.bin]   (token gold [pred] columns; conlleval)"),
        ["ud"] = (EvalUdCommand.Run, "ud FILE.conllu [--model ud.bin] [--clusters clusters.bin]   (PADT words F1, UPOS)"),
    };

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            return Usage(args.Length == 0 ? 2 : 0);
        if (!Subcommands.TryGetValue(args[0], out var sub))
        {
            Console.Error.WriteLine($"hadath eval: unknown subcommand '{args[0]}'.");
            return Usage(2);
        }
        return sub.Run(args[1..]);
    }

    private static int Usage(int code)
    {
        var w = code == 0 ? Console.Out : Console.Error;
        w.WriteLine("usage: hadath eval SUBCOMMAND ...");
        foreach (var (_, sub) in Subcommands) w.WriteLine("  hadath eval " + sub.Usage);
        return code;
    }

    private static int RunArticles(string[] args)
    {
        string? gold = null, system = null, output = null;
        var json = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json": json = true; break;
                case "--system" when i + 1 < args.Length: system = args[++i]; break;
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                case var a when a.StartsWith('-'): return BadUsage($"unknown or incomplete option '{a}'", "articles");
                case var a when gold is null: gold = a; break;
                default: return BadUsage($"unexpected argument '{args[i]}'", "articles");
            }
        }
        if (gold is null) return BadUsage("missing GOLD.jsonl", "articles");
        if (system is not null && output is not null) return BadUsage("--out saves the engine's output; it cannot be used with --system", "articles");
        return Guard(() =>
        {
            var goldArticles = ArticleJson.ReadFile(gold);
            List<ArticleRecord> systemArticles;
            if (system is not null)
                systemArticles = ArticleJson.ReadFile(system);
            else
            {
                var extractor = DefaultExtractor.Create();
                // The engine sees the article without its gold annotations, so it cannot copy them.
                systemArticles = [.. goldArticles.Select(g => extractor.Extract(g with { Entities = [], Events = [], Quotes = [] }))];
                if (output is not null) ArticleJson.WriteFile(output, systemArticles);
            }
            Print(ArticleScorer.Score(goldArticles, systemArticles), json);
        });
    }

    private static int RunScore(string[] args)
    {
        var json = args.Contains("--json");
        var files = args.Where(a => a != "--json").ToArray();
        if (files.Any(a => a.StartsWith('-'))) return BadUsage($"unknown option '{files.First(a => a.StartsWith('-'))}'", "score");
        if (files.Length != 2) return BadUsage("expected GOLD.jsonl and SYS.jsonl", "score");
        return Guard(() => Print(ArticleScorer.Score(ArticleJson.ReadFile(files[0]), ArticleJson.ReadFile(files[1])), json));
    }

    private static void Print(ArticleScores scores, bool json) =>
        Console.Out.Write(json ? ScoreReport.FormatJson(scores) : ScoreReport.FormatTable(scores));

    // Data problems are the user's to fix: one line on stderr naming the file (and line), exit code 1.
    private static int Guard(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (ArticleFormatException ex)
        {
            Console.Error.WriteLine($"hadath eval: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"hadath eval: {ex.Message}");
        }
        return 1;
    }

    private static int BadUsage(string problem, string subcommand)
    {
        Console.Error.WriteLine($"hadath eval {subcommand}: {problem}.");
        Console.Error.WriteLine("usage: hadath eval " + Subcommands[subcommand].Usage);
        return 2;
    }
}
