using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Hadath.Tagging;

/// <summary>
/// Trains the NER tagger from ../shared/data/ner: ANERcorp train plus (by <see cref="Sources"/>) AQMAR train+dev
/// and the Wojood sample. ANERcorp test is never read here. <see cref="HeldOutReport"/> holds out the last 10%
/// of ANERcorp train (the corpus is split sequentially, as the official test split is) for tuning.
/// </summary>
internal sealed class NerTraining(string dataDirectory, WordClusters clusters)
{
    public const int DefaultEpochs = 12;
    public const string DefaultSources = "anercorp,aqmar,wojood";

    public ulong Seed { get; init; } = 1;
    public int Epochs { get; init; } = DefaultEpochs;
    /// <summary>Comma-separated corpora: anercorp, aqmar, wojood.</summary>
    public string Sources { get; init; } = DefaultSources;
    public Action<string>? Log { get; init; }

    private static readonly string[] Labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public NamedEntityTagger Train()
    {
        var clock = Stopwatch.StartNew();
        var data = LoadTraining(holdOut: false, out _);
        var (model, features) = Fit(data, null);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"structured averaged perceptron, {Epochs} epochs, seed {Seed}; sources {Sources} ({data.Count} sentences, {data.Sum(d => d.Tokens.Length)} tokens); " +
            $"{model.FeatureCount} features; clusters: {clusters.Provenance}; trained in {clock.Elapsed.TotalSeconds:F0}s");
        return new NamedEntityTagger(model, features, description);
    }

    /// <summary>Trains on 90% of ANERcorp train (+ other sources) and scores the held-out 10% after each epoch.</summary>
    public string HeldOutReport()
    {
        var data = LoadTraining(holdOut: true, out var heldOut);
        var report = new StringBuilder();
        report.AppendLine($"held-out: last {heldOut.Count} sentences ({heldOut.Sum(h => h.Tokens.Length)} tokens) of ANERcorp train; sources {Sources}");
        Fit(data, (epoch, snapshot, features) =>
        {
            var tagger = new NamedEntityTagger(snapshot(), features, "");
            var evaluation = new NerEvaluation();
            foreach (var (tokens, tags) in heldOut) evaluation.Add(tags, tagger.Tag(tokens));
            var line = string.Join("  ", new string?[] { null, "PER", "ORG", "LOC", "MISC" }.Select(t => $"{t ?? "all"} {evaluation.Score(t).F1:F2}"));
            report.AppendLine($"epoch {epoch,2}: {line}");
            Log?.Invoke($"epoch {epoch,2}: {line}");
            if (epoch == Epochs) report.Append(evaluation.Format());
        });
        return report.ToString();
    }

    private List<(string[] Tokens, string[] Tags)> LoadTraining(bool holdOut, out List<(string[] Tokens, string[] Tags)> heldOut)
    {
        var ner = Path.Combine(dataDirectory, "ner");
        var anercorp = NerCorpora.ReadFlat(Path.Combine(ner, "anercorp", "ANERCorp_CamelLab_train.txt"));
        var cut = holdOut ? anercorp.Count * 9 / 10 : anercorp.Count;
        heldOut = anercorp.GetRange(cut, anercorp.Count - cut);
        var data = new List<(string[] Tokens, string[] Tags)>();
        foreach (var source in Sources.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (source)
            {
                case "anercorp": data.AddRange(anercorp.GetRange(0, cut)); break;
                case "aqmar":
                    data.AddRange(NerCorpora.ReadFlat(Path.Combine(ner, "aqmar", "train.txt")));
                    data.AddRange(NerCorpora.ReadFlat(Path.Combine(ner, "aqmar", "dev.txt")));
                    break;
                case "wojood":
                    data.AddRange(NerCorpora.ReadWojood(Path.Combine(ner, "wojood-sample", "train.txt")));
                    data.AddRange(NerCorpora.ReadWojood(Path.Combine(ner, "wojood-sample", "val.txt")));
                    break;
                default: throw new ArgumentException($"unknown NER source '{source}' (known: anercorp, aqmar, wojood)");
            }
        }
        Log?.Invoke($"ner: {data.Count} training sentences, {data.Sum(d => d.Tokens.Length)} tokens");
        return data;
    }

    private (PerceptronModel Model, NerFeatures Features) Fit(List<(string[] Tokens, string[] Tags)> data,
        Action<int, Func<PerceptronModel>, NerFeatures>? afterEpoch)
    {
        var features = new NerFeatures(clusters, GazetteerSources.Build(dataDirectory));
        Log?.Invoke($"ner: gazetteer {features.Gazetteer.Count} phrases; clusters {clusters.Count} words");
        var trainer = new PerceptronTrainer(Labels)
        {
            Epochs = Epochs,
            Seed = Seed,
            Progress = (e, m) => Log?.Invoke($"ner: epoch {e}: {m} token errors"),
            AfterEpoch = afterEpoch is null ? null : (e, snapshot) => afterEpoch(e, snapshot, features),
        };
        // Feature extraction is the costly part and independent per sentence: run it on both cores, then
        // hand sentences to the trainer in corpus order so the model does not depend on thread timing.
        var extracted = new FeatureBuffer[data.Count];
        Parallel.For(0, data.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var buffer = new FeatureBuffer();
            features.Extract(data[i].Tokens, buffer);
            extracted[i] = buffer;
        });
        var labelIds = Labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        for (var i = 0; i < data.Count; i++)
            trainer.Add(extracted[i], data[i].Tags.Select(t => labelIds[t]).ToArray());
        return (trainer.Train(), features);
    }
}
