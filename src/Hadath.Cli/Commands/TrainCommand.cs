using System.Diagnostics;
using Hadath.Tagging;

namespace Hadath.Cli.Commands;

/// <summary>
/// `hadath train clusters|ner|ud|all [--data DIR] [--out FILE] [--seed N] [--epochs N] [--dev]`: rebuilds the
/// committed models from the shared corpora. `all` runs clusters, then ner and ud (which read the clusters).
/// `--dev` holds out the last 10% of ANERcorp train (NER) and reports on it instead of writing a model.
/// </summary>
internal static class TrainCommand
{
    private static readonly string[] Valued = ["--data", "--out", "--seed", "--epochs", "--clusters", "--max-articles", "--sources", "--lexicon-articles", "--replicas"];

    public static int Run(string[] args)
    {
        CommandArgs options;
        try { options = CommandArgs.Parse(args, Valued, ["--dev"]); }
        catch (ArgumentException e) { return Usage(e.Message); }
        if (options.Positional.Count != 1) return Usage("name one model: clusters, ner, ud or all");
        var root = ModelPaths.RepositoryRoot() ?? Directory.GetCurrentDirectory();
        var data = options.Get("--data", Path.Combine(root, "..", "shared", "data"));
        var models = Path.Combine(root, "models");
        try
        {
            var what = options.Positional[0];
            switch (what)
            {
                case "clusters": return Clusters(options, data, options.Get("--out", Path.Combine(models, "clusters.bin")));
                case "ner": return Ner(options, data, options.Get("--out", Path.Combine(models, "ner.bin")), models);
                case "ud": return Ud(options, data, options.Get("--out", Path.Combine(models, "ud.bin")), models);
                case "all":
                    if (options.Has("--out")) return Usage("--out names one file; give it with a single model");
                    var rc = Clusters(options, data, Path.Combine(models, "clusters.bin"));
                    if (rc == 0) rc = Ner(options, data, Path.Combine(models, "ner.bin"), models);
                    if (rc == 0) rc = Ud(options, data, Path.Combine(models, "ud.bin"), models);
                    return rc;
                default: return Usage($"unknown model '{what}'");
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            Console.Error.WriteLine($"hadath train: {e.Message}");
            return 1;
        }
    }

    private static int Clusters(CommandArgs options, string data, string output)
    {
        var clock = Stopwatch.StartNew();
        var induction = new ClusterInduction
        {
            Seed = (ulong)options.GetInt("--seed", 1),
            Epochs = options.GetInt("--epochs", 5),
            MaxArticles = options.GetInt("--max-articles", 0),
            Log = Console.Error.WriteLine,
        };
        var files = new[] { "ant-multisource.jsonl", "ant_v1.1_jawharafm.jsonl" }.Select(f => Path.Combine(data, "news", f)).ToArray();
        var clusters = induction.Build(files);
        clusters.Save(output);
        Console.WriteLine($"wrote {output}: {clusters.Count} words, {new FileInfo(output).Length / 1024} KiB, {clock.Elapsed.TotalSeconds:F0}s");
        return 0;
    }

    private static WordClusters LoadClusters(CommandArgs options, string models) =>
        WordClusters.Load(options.Get("--clusters", Path.Combine(models, "clusters.bin")));

    private static int Ner(CommandArgs options, string data, string output, string models)
    {
        var clock = Stopwatch.StartNew();
        var training = new NerTraining(data, LoadClusters(options, models))
        {
            Seed = (ulong)options.GetInt("--seed", 1),
            Epochs = options.GetInt("--epochs", NerTraining.DefaultEpochs),
            Sources = options.Get("--sources", NerTraining.DefaultSources),
            LexiconArticles = options.GetInt("--lexicon-articles", 0),
            Replicas = options.GetInt("--replicas", NerTraining.DefaultReplicas),
            Log = Console.Error.WriteLine,
        };
        if (options.Has("--dev"))
        {
            Console.WriteLine(training.HeldOutReport());
            return 0;
        }
        var tagger = training.Train();
        tagger.Save(output);
        Console.WriteLine($"wrote {output}: {new FileInfo(output).Length / 1024} KiB, {clock.Elapsed.TotalSeconds:F0}s");
        return 0;
    }

    private static int Ud(CommandArgs options, string data, string output, string models)
    {
        var clock = Stopwatch.StartNew();
        var training = new UdTraining(data, LoadClusters(options, models))
        {
            Seed = (ulong)options.GetInt("--seed", 1),
            Epochs = options.GetInt("--epochs", UdTraining.DefaultEpochs),
            Log = Console.Error.WriteLine,
        };
        if (options.Has("--dev"))
        {
            Console.WriteLine(training.HeldOutReport());
            return 0;
        }
        var analyzer = training.Train();
        analyzer.Save(output);
        Console.WriteLine($"wrote {output}: {new FileInfo(output).Length / 1024} KiB, {clock.Elapsed.TotalSeconds:F0}s");
        return 0;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"hadath train: {problem}");
        Console.Error.WriteLine("usage: hadath train clusters|ner|ud|all [--data DIR] [--out FILE] [--seed N] [--epochs N] [--clusters FILE] [--sources LIST] [--lexicon-articles N (-1: none)] [--replicas N] [--dev]");
        return 2;
    }
}
