namespace Hadath.Events;

/// <summary>
/// Trains the <see cref="EventFilter"/> model of one event type: L2-regularised logistic regression by stochastic
/// gradient descent with a fixed shuffle seed (the same data always gives the same weights), positives weighted up
/// because only about one sentence in ten reports the event.
/// </summary>
public static class EventFilterTrainer
{
    /// <summary>One training sentence: its features, its gold label, and whether the trigger lexicon fires on it.</summary>
    public sealed record Example(IReadOnlySet<string> Features, bool Gold, bool Triggered);

    /// <summary>Settings; the defaults were chosen by 5-fold cross-validation on the tune split.</summary>
    public sealed record Options(int Epochs = 15, double LearningRate = 0.1, double L2 = 0.001, double PositiveWeight = 3, int Seed = 17);

    /// <summary>
    /// The highest threshold (on a 0.01 grid) that vetoes at most <paramref name="maxLost"/> of the triggered positives
    /// on out-of-fold scores. The filter only vetoes where it is sure: text from other sources than its training
    /// newswire scores lower across the board, so a threshold chosen for best F1 on the training source discards real events elsewhere.
    /// </summary>
    public static double VetoThreshold(IReadOnlyList<Example> data, double[] scores, double maxLost)
    {
        var positives = Enumerable.Range(0, data.Count).Where(i => data[i].Gold && data[i].Triggered).Select(i => scores[i]).ToList();
        var threshold = 0.0;
        for (var step = 1; step <= 50; step++)
        {
            var t = step * 0.01;
            if (positives.Count(p => p < t) > maxLost * positives.Count) break;
            threshold = t;
        }
        return threshold;
    }

    /// <summary>Feature weights (bias included as <see cref="EventFilterFeatures.Bias"/>).</summary>
    public static Dictionary<string, double> Train(IReadOnlyList<Example> data, Options options)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(options.Seed);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var example = data[i];
                var p = Probability(weights, example.Features);
                var gradient = (p - (example.Gold ? 1 : 0)) * (example.Gold ? options.PositiveWeight : 1);
                foreach (var f in example.Features)
                {
                    var w = weights.GetValueOrDefault(f);
                    weights[f] = w - options.LearningRate * (gradient + options.L2 * w);
                }
            }
        }
        return weights;
    }

    /// <summary>
    /// Out-of-fold probabilities for every example (<paramref name="folds"/>-fold cross-validation), so a threshold
    /// can be chosen on data the model did not see.
    /// </summary>
    public static double[] CrossValidate(IReadOnlyList<Example> data, Options options, int folds = 5)
    {
        var scores = new double[data.Count];
        for (var k = 0; k < folds; k++)
        {
            var train = data.Where((_, i) => i % folds != k).ToList();
            var weights = Train(train, options);
            for (var i = k; i < data.Count; i += folds) scores[i] = Probability(weights, data[i].Features);
        }
        return scores;
    }

    /// <summary>
    /// The threshold (on a 0.05 grid) that maximises F1 of "trigger fires and probability reaches the threshold"
    /// on out-of-fold scores, with that F1.
    /// </summary>
    public static (double Threshold, double F1) BestThreshold(IReadOnlyList<Example> data, double[] scores)
    {
        var best = (Threshold: 0.0, F1: -1.0);
        for (var step = 0; step <= 18; step++)
        {
            var threshold = step * 0.05;
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < data.Count; i++)
            {
                var predicted = data[i].Triggered && scores[i] >= threshold;
                if (predicted && data[i].Gold) tp++;
                else if (predicted) fp++;
                else if (data[i].Gold) fn++;
            }
            var f1 = tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
            if (f1 > best.F1 + 1e-9) best = (threshold, f1);
        }
        return best;
    }

    private static double Probability(Dictionary<string, double> weights, IReadOnlySet<string> features)
    {
        var z = 0.0;
        foreach (var f in features) z += weights.GetValueOrDefault(f);
        return 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));
    }
}
