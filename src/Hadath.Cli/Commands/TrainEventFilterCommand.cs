using System.Globalization;
using Hadath.Events;
using Hadath.Evaluation;
using Hadath.Pipeline;
using Hadath.Text;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath train-event-filter GSR.csv... --out FILE.tsv</c>: trains the <see cref="EventFilter"/> model, one type per
/// gold file, on the tune half only (the same hash split as <c>eval gsr --split tune</c>), picks each threshold by 5-fold
/// cross-validation on that half, and writes the table. The shipped model was built with:
/// <c>hadath train-event-filter ../shared/data/events/arabic-event-gsr-dev/assault_gsr.csv ../shared/data/events/arabic-event-gsr-dev/protest_gsr.csv --out src/Hadath/Events/Data/event-filter.tsv</c>
/// </summary>
internal static class TrainEventFilterCommand
{
    /// <summary>Weights smaller than this change no decision; dropping them keeps the table small.</summary>
    private const double Prune = 0.01;

    /// <summary>Share of the tune positives the shipped threshold may veto (see <see cref="EventFilterTrainer.VetoThreshold"/>).</summary>
    private const double MaxLostPositives = 0.15;

    public static int Run(string[] args)
    {
        string? output = null;
        var inputs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                case var a when a.StartsWith('-'): throw new UsageException($"unknown or incomplete option '{a}'.");
                default: inputs.Add(args[i]); break;
            }
        }
        if (inputs.Count == 0 || output is null) throw new UsageException("give one or more *_gsr.csv files and --out FILE.tsv.");
        var text = TextPipeline.Create();
        var options = new EventFilterTrainer.Options();
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.WriteLine("# Learned sentence filter for event triggers (EventFilter.cs). Generated; do not edit by hand.");
        writer.WriteLine("# Rebuild: hadath train-event-filter <arabic-event-gsr-dev>/assault_gsr.csv <arabic-event-gsr-dev>/protest_gsr.csv --out src/Hadath/Events/Data/event-filter.tsv");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# Trained on the tune half (FNV-1a id parity 0) only; logistic regression, epochs {options.Epochs}, rate {options.LearningRate}, L2 {options.L2}, positive weight {options.PositiveWeight}, seed {options.Seed}; |weight| < {Prune} pruned."));
        writer.WriteLine("# columns: type\tfeature\tweight (feature @threshold: the probability below which a trigger is dropped)");
        foreach (var path in inputs)
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"hadath train-event-filter: {path}: no such file.");
                return 1;
            }
            var (type, data) = ReadTune(path, text);
            var scores = EventFilterTrainer.CrossValidate(data, options);
            var (best, f1) = EventFilterTrainer.BestThreshold(data, scores);
            var threshold = EventFilterTrainer.VetoThreshold(data, scores, MaxLostPositives);
            var weights = EventFilterTrainer.Train(data, options);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{type}: {data.Count} tune sentences ({data.Count(d => d.Gold)} positive); cross-validated F1 {f1:0.000} at best threshold {best:0.00}; shipped veto threshold {threshold:0.00} (loses at most {MaxLostPositives:P0} of tune positives); {weights.Count(w => Math.Abs(w.Value) >= Prune)} weights kept"));
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type}\t{EventFilter.ThresholdRow}\t{threshold:0.00}"));
            foreach (var (feature, weight) in weights.Where(w => Math.Abs(w.Value) >= Prune).OrderBy(w => w.Key, StringComparer.Ordinal))
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type}\t{feature}\t{weight:0.####}"));
        }
        File.WriteAllText(output, writer.ToString());
        return 0;
    }

    private static (string Type, List<EventFilterTrainer.Example> Data) ReadTune(string path, AnalysisPipeline text)
    {
        using var reader = new StreamReader(path);
        var rows = CsvReader.Read(reader).ToList();
        var header = rows[0];
        int Col(string name) => header.IndexOf(name) is var i && i >= 0 ? i : throw new FormatException($"{path}, line 1: no '{name}' column.");
        int idCol = Col("id"), labelCol = Col("label"), textCol = Col("text"), typeCol = Col("event_type");
        string? type = null;
        var data = new List<EventFilterTrainer.Example>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Count <= Math.Max(textCol, Math.Max(labelCol, idCol)) || row[labelCol] == "ambiguous") continue;
            if (EvalGsrCommand.StableHalf(row[idCol]) != 0) continue;
            type ??= row[typeCol];
            var document = text.Process(new Document(row[idCol], row[textCol]));
            var keys = document.Sentences.SelectMany(s => SentenceView.Of(document, s).Keys).ToList();
            var triggers = TriggerLexicon.Default.FindAll(keys).Where(m => m.Value.Type == type).Select(m => (m.Start, m.Length)).ToList();
            // Only sentences with a trigger reach the filter, so only they teach it.
            if (triggers.Count == 0) continue;
            data.Add(new EventFilterTrainer.Example(EventFilterFeatures.Of(keys, triggers), row[labelCol] == "yes", true));
        }
        return (type ?? throw new FormatException($"{path}: no tune rows."), data);
    }
}
