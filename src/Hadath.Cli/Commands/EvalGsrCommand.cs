using System.Globalization;
using Hadath.Evaluation;
using Hadath.Pipeline;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath eval gsr FILE.csv [--split tune|report|all] [--errors N]</c>: sentence-level detection P/R/F1 on the Arabic
/// PROTEST/ASSAULT gold. The split halves the file by a stable hash of the sentence id, so rules can be tuned on one half
/// and reported on the other.
/// </summary>
internal static class EvalGsrCommand
{
    public static int Run(string[] args)
    {
        string? path = null, split = "all";
        var errors = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--split" when i + 1 < args.Length: split = args[++i]; break;
                case "--errors" when i + 1 < args.Length: errors = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case var a when a.StartsWith('-'): throw new UsageException($"unknown or incomplete option '{a}'.");
                default: path = args[i]; break;
            }
        }
        if (path is null) throw new UsageException("give a *_gsr.csv file.");
        if (split is not ("tune" or "report" or "all")) throw new UsageException($"--split must be tune, report or all, not '{split}'.");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"hadath eval gsr: {path}: no such file.");
            return 1;
        }
        Func<string, bool>? include = split switch
        {
            "tune" => id => StableHalf(id) == 0,
            "report" => id => StableHalf(id) == 1,
            _ => null,
        };
        var result = GsrEvaluation.Run(path, HadathEngine.CreateDefault(), include);
        var s = result.Score;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.EventType} ({split} split, {result.Items.Count} sentences, {result.Skipped} skipped): P {s.P:0.000}  R {s.R:0.000}  F1 {s.F1:0.000}  (tp {s.Tp} fp {s.Fp} fn {s.Fn})"));
        foreach (var item in result.Items.Where(i => i.Gold != i.Predicted).Take(errors))
            Console.WriteLine($"  {(item.Gold ? "MISSED" : "FALSE ")} {item.Id}: {item.Text}");
        return 0;
    }

    /// <summary>0 or 1 from an FNV-1a hash of the id: stable across runs and platforms, unlike string.GetHashCode.</summary>
    internal static int StableHalf(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id) hash = (hash ^ c) * 16777619u;
        return (int)(hash & 1);
    }
}
