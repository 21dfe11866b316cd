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
    public const int DefaultEpochs = 13;
    public const string DefaultSources = "anercorp,aqmar,wojood";

    public ulong Seed { get; init; } = 1;
    public int Epochs { get; init; } = DefaultEpochs;
    /// <summary>Comma-separated corpora: anercorp, aqmar, wojood.</summary>
    public string Sources { get; init; } = DefaultSources;
    public Action<string>? Log { get; init; }
    /// <summary>Seeds averaged for the final first- and second-stage models (see <see cref="PerceptronTrainer.Replicas"/>).</summary>
    public int Replicas { get; init; } = DefaultReplicas;
    public const int DefaultReplicas = 3;
    /// <summary>O-score margin of the saved model, chosen on the held-out slice (see <see cref="HeldOutReport"/>).</summary>
    public float OutsideBias { get; init; } = DefaultOutsideBias;
    public const float DefaultOutsideBias = 15f;
    /// <summary>Articles per news file tagged for the corpus lexicon (0 = all, -1 = no lexicon).</summary>
    public int LexiconArticles { get; init; }

    private static readonly string[] Labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public NamedEntityTagger Train()
    {
        var clock = Stopwatch.StartNew();
        var data = LoadTraining(holdOut: false, out _);
        var (first, second, features) = Fit(data, null);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"structured averaged perceptron, {Epochs} epochs, seed {Seed}; sources {Sources} ({data.Count} sentences, {data.Sum(d => d.Tokens.Length)} tokens); " +
            $"{first.FeatureCount}+{second.FeatureCount} features; clusters: {clusters.Provenance}");
        Log?.Invoke($"trained in {clock.Elapsed.TotalSeconds:F0}s");
        return new NamedEntityTagger(first, second, features, description) { OutsideBias = OutsideBias };
    }

    /// <summary>Trains on 90% of ANERcorp train (+ other sources) and scores the held-out 10% after each epoch.</summary>
    public string HeldOutReport()
    {
        var data = LoadTraining(holdOut: true, out var heldOut);
        var report = new StringBuilder();
        report.AppendLine($"held-out: last {heldOut.Count} sentences ({heldOut.Sum(h => h.Tokens.Length)} tokens) of ANERcorp train; sources {Sources}");
        var documents = heldOut.Select(h => (IReadOnlyList<string>)h.Tokens).ToArray();
        var model = Fit(data, (epoch, snapshot, first, features) =>
        {
            var tagger = new NamedEntityTagger(first, snapshot(), features, "");
            var firstOnly = new NamedEntityTagger(first, null, features, "");
            var evaluation = new NerEvaluation();
            var evaluationFirst = new NerEvaluation();
            var tagged = tagger.TagDocument(documents);
            var taggedFirst = firstOnly.TagDocument(documents);
            // HADATH_DEBUG=1 lists every held-out token error on stderr (token, gold, predicted, context) for error analysis.
            var debug = epoch == Epochs && Environment.GetEnvironmentVariable("HADATH_DEBUG") == "1";
            for (var h = 0; h < heldOut.Count; h++)
            {
                var (tokens, tags) = heldOut[h];
                var predicted = tagged[h];
                evaluation.Add(tags, predicted);
                evaluationFirst.Add(tags, taggedFirst[h]);
                if (debug)
                    for (var i = 0; i < tokens.Length; i++)
                        if (tags[i] != predicted[i]) Console.Error.WriteLine($"DBG {tokens[i]}\t{tags[i]}\t{predicted[i]}\t{string.Join(' ', tokens[Math.Max(0, i - 3)..Math.Min(tokens.Length, i + 4)])}");
            }
            var line = string.Join("  ", new string?[] { null, "PER", "ORG", "LOC", "MISC" }.Select(t => $"{t ?? "all"} {evaluation.Score(t).F1:F2}"))
                + $"  (first stage alone {evaluationFirst.Score().F1:F2})";
            report.AppendLine($"epoch {epoch,2} (first seed): {line}");
            Log?.Invoke($"epoch {epoch,2}: {line}");
        });
        var final = new NamedEntityTagger(model.First, model.Second, model.Features, "") { OutsideBias = OutsideBias };
        var finalEvaluation = new NerEvaluation();
        var finalTags = final.TagDocument(documents);
        for (var h = 0; h < heldOut.Count; h++) finalEvaluation.Add(heldOut[h].Tags, finalTags[h]);
        report.AppendLine($"final ({Replicas} seeds averaged per stage), O margin {final.OutsideBias}:");
        report.Append(finalEvaluation.Format());
        foreach (var margin in new[] { 0f, 5f, 10f, 15f, 20f, 30f, 45f })
        {
            final.OutsideBias = margin;
            var e = new NerEvaluation();
            var t = final.TagDocument(documents);
            for (var h = 0; h < heldOut.Count; h++) e.Add(heldOut[h].Tags, t[h]);
            var (p, r, f) = e.Score();
            report.AppendLine($"O margin {margin,4}: P {p:F2} R {r:F2} F1 {f:F2}");
        }
        return report.ToString();
    }

    private List<(string[] Tokens, string[] Tags, bool Foreign, string Stream)> LoadTraining(bool holdOut, out List<(string[] Tokens, string[] Tags)> heldOut)
    {
        var ner = Path.Combine(dataDirectory, "ner");
        var anercorp = NerCorpora.ReadFlat(Path.Combine(ner, "anercorp", "ANERCorp_CamelLab_train.txt"));
        var cut = holdOut ? anercorp.Count * 9 / 10 : anercorp.Count;
        heldOut = anercorp.GetRange(cut, anercorp.Count - cut);
        var data = new List<(string[] Tokens, string[] Tags, bool Foreign, string Stream)>();
        foreach (var source in Sources.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (source)
            {
                case "anercorp": data.AddRange(anercorp.GetRange(0, cut).Select(x => (x.Tokens, x.Tags, false, "anercorp"))); break;
                case "aqmar":
                    data.AddRange(NerCorpora.ReadFlat(Path.Combine(ner, "aqmar", "train.txt")).Select(x => (x.Tokens, x.Tags, true, "aqmar-train")));
                    data.AddRange(NerCorpora.ReadFlat(Path.Combine(ner, "aqmar", "dev.txt")).Select(x => (x.Tokens, x.Tags, true, "aqmar-dev")));
                    break;
                case "wojood":
                    data.AddRange(NerCorpora.ReadWojood(Path.Combine(ner, "wojood-sample", "train.txt")).Select(x => (x.Tokens, x.Tags, true, "wojood-train")));
                    data.AddRange(NerCorpora.ReadWojood(Path.Combine(ner, "wojood-sample", "val.txt")).Select(x => (x.Tokens, x.Tags, true, "wojood-val")));
                    break;
                default: throw new ArgumentException($"unknown NER source '{source}' (known: anercorp, aqmar, wojood)");
            }
        }
        Log?.Invoke($"ner: {data.Count} training sentences, {data.Sum(d => d.Tokens.Length)} tokens");
        return data;
    }

    /// <summary>
    /// Trains a plain first-stage tagger (no lexicon) on all training data and tags the news corpus with it to
    /// build the <see cref="CorpusLexicon"/> the real stages then use as features.
    /// </summary>
    private CorpusLexicon BuildLexicon(List<(string[] Tokens, string[] Tags, bool Foreign, string Stream)> data, Gazetteer gazetteer)
    {
        var plain = new NerFeatures(clusters, gazetteer, CorpusLexicon.Empty);
        var buffers = new FeatureBuffer[data.Count];
        Parallel.For(0, data.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            buffers[i] = new FeatureBuffer();
            plain.Extract(data[i].Tokens, buffers[i]);
        });
        var labelIds = Labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var trainer = new PerceptronTrainer(Labels) { Epochs = Epochs, Seed = Seed };
        for (var i = 0; i < data.Count; i++)
            trainer.Add(data[i].Foreign ? WithDomainCopies(buffers[i]) : buffers[i], data[i].Tags.Select(t => labelIds[t]).ToArray());
        var tagger = new NamedEntityTagger(trainer.Train(), null, plain, "");
        Log?.Invoke("ner: lexicon tagger trained; tagging the news corpus");
        var files = new[] { "ant-multisource.jsonl", "ant_v1.1_jawharafm.jsonl" }.Select(f => Path.Combine(dataDirectory, "news", f)).ToArray();
        return CorpusLexicon.Build(files, tagger, plain, LexiconArticles, minCount: 3, Log);
    }

    /// <summary>Jackknife folds for the first stage's predictions on training data.</summary>
    private const int Folds = 4;

    private (PerceptronModel First, PerceptronModel Second, NerFeatures Features) Fit(List<(string[] Tokens, string[] Tags, bool Foreign, string Stream)> data,
        Action<int, Func<PerceptronModel>, PerceptronModel, NerFeatures>? afterEpoch)
    {
        var gazetteer = GazetteerSources.Build(dataDirectory);
        Log?.Invoke($"ner: gazetteer {gazetteer.Count} entries; clusters {clusters.Count} words");
        var lexicon = LexiconArticles < 0 ? CorpusLexicon.Empty : BuildLexicon(data, gazetteer);
        var features = new NerFeatures(clusters, gazetteer, lexicon);
        // Feature extraction is independent per sentence: run it on both cores, then hand sentences to the
        // trainers in corpus order so the model does not depend on thread timing.
        var n = data.Count;
        var buffers = new FeatureBuffer[n];
        var memoryKeys = new string?[n][];
        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            buffers[i] = new FeatureBuffer();
            memoryKeys[i] = features.Extract(data[i].Tokens, buffers[i]);
        });
        var labelIds = Labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var gold = data.Select(d => d.Tags.Select(t => labelIds[t]).ToArray()).ToArray();
        var firstInputs = buffers.Select((b, i) => data[i].Foreign ? WithDomainCopies(b) : b).ToArray();

        // Stage 1 on all data, and jackknifed stage-1 predictions so stage 2 learns from realistic, not memorised, inputs.
        PerceptronModel TrainFirst(Func<int, bool> include, string what, int replicas)
        {
            var trainer = new PerceptronTrainer(Labels) { Epochs = Epochs, Seed = Seed, Replicas = replicas };
            for (var i = 0; i < n; i++) if (include(i)) trainer.Add(firstInputs[i], gold[i]);
            var model = trainer.Train();
            Log?.Invoke($"ner: first stage {what} trained");
            return model;
        }
        var types = new int[n][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var k = fold;
            var model = TrainFirst(i => (long)i * Folds / n != k, $"fold {k + 1}/{Folds}", 1);
            for (var i = 0; i < n; i++)
            {
                if ((long)i * Folds / n != k) continue;
                var predicted = new int[data[i].Tokens.Length];
                model.Decode(buffers[i], predicted);
                types[i] = predicted.Select(l => DocumentMemory.Code(Labels[l])).ToArray();
            }
        }
        var first = TrainFirst(_ => true, "on all data", Replicas);

        var secondInputs = new FeatureBuffer[n];
        foreach (var stream in data.Select((d, i) => (d.Stream, i)).GroupBy(x => x.Stream))
        {
            var indices = stream.Select(x => x.i).ToArray();
            var built = NerContext.Build(indices.Select(i => buffers[i]).ToArray(), indices.Select(i => memoryKeys[i]).ToArray(),
                indices.Select(i => types[i]).ToArray());
            for (var j = 0; j < indices.Length; j++)
                secondInputs[indices[j]] = data[indices[j]].Foreign ? WithDomainCopies(built[j]) : built[j];
        }
        var secondTrainer = new PerceptronTrainer(Labels)
        {
            Epochs = Epochs,
            Seed = Seed + 100,
            Replicas = Replicas,
            Progress = (e, m) => Log?.Invoke($"ner: second stage epoch {e}: {m} token errors"),
            AfterEpoch = afterEpoch is null ? null : (e, snapshot) => afterEpoch(e, snapshot, first, features),
        };
        for (var i = 0; i < n; i++) secondTrainer.Add(secondInputs[i], gold[i]);
        return (first, secondTrainer.Train(), features);
    }

    /// <summary>
    /// Daume's "frustratingly easy" domain adaptation, one-sided: sentences from AQMAR (Wikipedia) and Wojood
    /// get a second, domain-marked copy of every feature. The copies soak up where those corpora annotate
    /// differently from ANERcorp news (AQMAR's wide MISC, Wojood's ORG for states), and are never present at
    /// tagging time, so news is tagged with the shared weights only.
    /// </summary>
    private static FeatureBuffer WithDomainCopies(FeatureBuffer source)
    {
        var copy = new FeatureBuffer();
        for (var i = 0; i < source.Length; i++)
        {
            copy.BeginPosition(source.CandidatesOf(i));
            foreach (var key in source.KeysOf(i))
            {
                copy.Add(key);
                copy.Add(FeatureHash.Finish(key ^ 0x5bd1e9955bd1e995UL));
            }
        }
        return copy;
    }
}
