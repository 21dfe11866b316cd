using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hadath.Text;

namespace Hadath.Tagging;

/// <summary>
/// Trains <see cref="UdAnalyzer"/> on UD Arabic-PADT v1.2 dev (no train split is available to us); the test
/// file is only read by `hadath eval ud`. <see cref="HeldOutReport"/> tunes on the last 10% of dev.
/// </summary>
internal sealed class UdTraining(string dataDirectory, WordClusters clusters)
{
    public const int DefaultEpochs = 10;

    public ulong Seed { get; init; } = 1;
    public int Epochs { get; init; } = DefaultEpochs;
    public Action<string>? Log { get; init; }

    private string DevPath => Path.Combine(dataDirectory, "ud-padt", "v1.2-release-dev-test", "ar-ud-dev.conllu");

    public UdAnalyzer Train()
    {
        var clock = Stopwatch.StartNew();
        var sentences = ConlluReader.Read(DevPath);
        var analyzer = Fit(sentences, null);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"segmenter + UPOS tagger, structured averaged perceptrons, {Epochs} epochs, seed {Seed}; trained on {Path.GetFileName(DevPath)} " +
            $"({sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Count)} tokens); clusters: {clusters.Provenance}");
        Log?.Invoke($"trained in {clock.Elapsed.TotalSeconds:F0}s");
        return new UdAnalyzer(analyzer.Segmenter, analyzer.Tagger, analyzer.Features, description);
    }

    public string HeldOutReport()
    {
        var sentences = ConlluReader.Read(DevPath);
        var cut = sentences.Count * 4 / 5;
        var heldOut = sentences.GetRange(cut, sentences.Count - cut);
        var report = new StringBuilder();
        report.AppendLine($"held-out: last {heldOut.Count} sentences (20%) of {Path.GetFileName(DevPath)}");
        var analyzer = Fit(sentences.GetRange(0, cut), (epoch, current) =>
        {
            var evaluation = Evaluate(current, heldOut);
            var line = $"epoch {epoch,2}: words F1 {evaluation.WordsF1:F2}  UPOS F1 {evaluation.UposF1:F2}";
            report.AppendLine(line);
            Log?.Invoke(line);
        });
        report.Append(Evaluate(new UdAnalyzer(analyzer.Segmenter, analyzer.Tagger, analyzer.Features, ""), heldOut).Format());
        return report.ToString();
    }

    public static UdEvaluation Evaluate(UdAnalyzer analyzer, IEnumerable<UdSentence> sentences)
    {
        var evaluation = new UdEvaluation();
        // HADATH_DEBUG=1 lists every token whose words or tags differ from gold on stderr, for error analysis.
        var debug = Environment.GetEnvironmentVariable("HADATH_DEBUG") == "1";
        foreach (var s in sentences)
        {
            var words = analyzer.Analyze(s.Tokens.Select(t => t.Surface).ToArray());
            evaluation.Add(s, words);
            if (!debug) continue;
            for (var t = 0; t < s.Tokens.Count; t++)
            {
                var sys = string.Join(" ", words.Where(w => w.TokenIndex == t).Select(w => w.Form + "/" + w.Upos));
                var gold = string.Join(" ", s.Tokens[t].Words.Select(w => w.Form + "/" + w.Upos));
                if (sys != gold) Console.Error.WriteLine($"DBG {s.Tokens[t].Surface}\tgold {gold}\tsys {sys}");
            }
        }
        return evaluation;
    }

    private (PerceptronModel Segmenter, PerceptronModel Tagger, UdFeatures Features) Fit(List<UdSentence> sentences, Action<int, UdAnalyzer>? afterEpoch)
    {
        var features = new UdFeatures(clusters);
        var segmentLabels = sentences.SelectMany(s => s.Tokens).Select(t => t.Segmentation).Append(CliticSegmentation.Whole.Name)
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var segmentations = segmentLabels.Select(CliticSegmentation.Parse).ToArray();
        var uposLabels = sentences.SelectMany(s => s.Words).Select(w => w.Upos).Distinct().Order(StringComparer.Ordinal).ToArray();
        Log?.Invoke($"ud: {sentences.Count} sentences, {segmentLabels.Length} segmentation labels, {uposLabels.Length} UPOS tags");
        var segmenter = new PerceptronTrainer(segmentLabels) { Epochs = Epochs, Seed = Seed };
        var tagger = new PerceptronTrainer(uposLabels) { Epochs = Epochs, Seed = Seed + 1 };
        var segmentIds = segmentLabels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var uposIds = uposLabels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var mismatches = 0;
        foreach (var s in sentences)
        {
            var surfaces = s.Tokens.Select(t => t.Surface).ToArray();
            var candidates = surfaces.Select(x => Enumerable.Range(0, segmentations.Length)
                .Where(i => segmentations[i] == CliticSegmentation.Whole || segmentations[i].Split(x) is not null).ToArray()).ToArray();
            var buffer = new FeatureBuffer();
            features.ExtractTokens(surfaces, candidates, buffer);
            // PADT's unanalysed tokens (XPOS U, ~6%) are left whole whatever clitics they carry ("ونادي");
            // learning that would teach the segmenter to skip real clitics, so they train it on nothing.
            segmenter.Add(buffer, s.Tokens.Select(t => t.Unanalyzed ? -1 : segmentIds[t.Segmentation]).ToArray());

            var forms = new List<string>();
            var roles = new List<WordRole>();
            var keys = new List<string>();
            foreach (var t in s.Tokens)
            {
                var segmentation = CliticSegmentation.Parse(t.Segmentation);
                var words = t.Words.Select(w => w.Form).ToArray();
                if (segmentation.Split(t.Surface) is not { } split || !split.SequenceEqual(words)) mismatches++;
                foreach (var (form, role) in UdAnalyzer.Roles(words, segmentation)) { forms.Add(form); roles.Add(role); keys.Add(TokenForms.Key(t.Surface)); }
            }
            var wordBuffer = new FeatureBuffer();
            features.ExtractWords(forms, roles, keys, wordBuffer);
            tagger.Add(wordBuffer, s.Words.Select(w => uposIds[w.Upos]).ToArray());
        }
        if (mismatches > 0) Log?.Invoke($"ud: {mismatches} tokens whose segmentation label does not rebuild their words");
        // The two models are independent given gold segmentation: train them on both cores at once.
        PerceptronModel? segmenterModel = null, taggerModel = null;
        Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = 2 },
            () => segmenterModel = segmenter.Train(),
            () => taggerModel = tagger.Train());
        if (afterEpoch is not null)
            afterEpoch(Epochs, new UdAnalyzer(segmenterModel!, taggerModel!, features, ""));
        return (segmenterModel!, taggerModel!, features);
    }
}
