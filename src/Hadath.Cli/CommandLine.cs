namespace Hadath.Cli;

/// <summary>Entry point of the `hadath` tool: the first argument names the command, the rest go to it.</summary>
public static class CommandLine
{
    /// <summary>Runs one command; returns the process exit code (0 ok, 1 failure, 2 usage error).</summary>
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Out.Write(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "extract" => Commands.ExtractCommand.Run(rest),
                "eval" => Commands.EvalCommand.Run(rest),
                "kb" => Commands.KbCommand.Run(rest),
                "ingest" => Commands.IngestCommand.Run(rest),
                "worker" => Commands.WorkerCommand.Run(rest),
                "search" => Commands.SearchCommand.Run(rest),
                "export" => Commands.ExportCommand.Run(rest),
                "train-event-filter" => Commands.TrainEventFilterCommand.Run(rest),
                "train" => Commands.TrainCommand.Run(rest),
                "tag" => Commands.TagCommand.Run(rest),
                _ => Unknown(args[0]),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"hadath {args[0]}: {e.Message}");
            return 2;
        }
    }

    private static int Unknown(string command)
    {
        Console.Error.WriteLine($"hadath: unknown command '{command}'.");
        Console.Error.Write(Usage);
        return 2;
    }

    private const string Usage = """
        usage: hadath <command> [options]

          extract [FILE...|-] [--format json|eval|text] [--published YYYY-MM-DD]
                                 analyse .txt files or .jsonl articles and print events, entities and quotes
          eval articles GOLD.jsonl   extract every gold article and print the scorer's table
          eval score GOLD SYS        score a system file against a gold file
          eval sentences FILE.conllu sentence-split F1 against a UD treebank
          train ner|ud, tag --conll FILE, eval ner|ud FILE   learned taggers
          kb lookup NAME [--date D] | kb stats | kb build    knowledge base
          ingest PATH... [--db FILE|postgres://...] [--jobs N] [--enqueue]
                                 analyse and store .txt/.jsonl/.html/RSS/Atom files and folders (default db: hadath.db)
          worker --db postgres://... [--follow]   process the shared queue filled by ingest --enqueue
          search [WORDS] [--type T] [--actor A] [--place P] [--country ISO3] [--from D] [--to D]
                 [--count-by day|actor|place] [--articles]   deduplicated events, counts or articles
          export --format jsonl|acled-csv|plover-json|geojson [search filters] [--output FILE]

        Run `hadath extract samples/seed-paris-talks.txt` to see the reference article's events.

        """;
}

/// <summary>Thrown for a malformed command line; the message says what was wrong and is printed as is.</summary>
public sealed class UsageException(string message) : Exception(message);
