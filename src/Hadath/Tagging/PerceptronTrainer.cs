namespace Hadath.Tagging;

/// <summary>
/// Trains a <see cref="PerceptronModel"/>: the structured averaged perceptron (Collins 2002) with
/// first-order Viterbi. Chosen over a CRF because an epoch costs one decode per sentence and no gradient
/// over all paths, so a 200k-token corpus trains in seconds on one core, and averaging gives most of a
/// CRF's accuracy for sparse feature models. Deterministic: the only randomness is the per-epoch shuffle,
/// drawn from a SplitMix64 stream seeded by <see cref="Seed"/>.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly string[] _labels;
    private readonly FeatureTable _table = new(1 << 16);
    private readonly List<Sequence> _sequences = [];

    public PerceptronTrainer(IReadOnlyList<string> labels)
    {
        if (labels.Count == 0) throw new ArgumentException("A tagger needs at least one label.", nameof(labels));
        _labels = [.. labels];
    }

    public int Epochs { get; init; } = 10;
    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// Independent runs with seeds Seed, Seed+1, ... whose averaged weights are averaged again: the shuffle
    /// order moves a perceptron's held-out F1 by a point or more, and averaging runs removes most of that spread.
    /// </summary>
    public int Replicas { get; init; } = 1;

    /// <summary>Called after each epoch with (epoch, mistakes) so callers can log progress.</summary>
    public Action<int, int>? Progress { get; init; }

    /// <summary>
    /// Called after each epoch with the epoch and a function building the averaged model so far, so a caller
    /// can score held-out data per epoch in one run (building the snapshot costs a copy of the weights).
    /// </summary>
    public Action<int, Func<PerceptronModel>>? AfterEpoch { get; init; }

    public int SequenceCount => _sequences.Count;

    /// <summary>
    /// Adds one training sequence: the features in <paramref name="positions"/> and its gold label ids. A gold id
    /// of -1 marks a position without supervision: it is decoded but never updated, nor are transitions into or out of it.
    /// </summary>
    public void Add(FeatureBuffer positions, ReadOnlySpan<int> gold)
    {
        if (gold.Length != positions.Length)
            throw new ArgumentException($"{gold.Length} labels for {positions.Length} positions.");
        if (positions.Length == 0) return;
        var rows = new int[positions.KeyCount];
        var starts = new int[positions.Length + 1];
        var k = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            starts[i] = k;
            foreach (var key in positions.KeysOf(i)) rows[k++] = _table.GetOrAdd(key);
        }
        starts[positions.Length] = k;
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] == -1) continue;
            if ((uint)gold[i] >= (uint)_labels.Length) throw new ArgumentException($"Label id {gold[i]} out of range.");
            if (positions.CandidatesOf(i) is { } c && Array.IndexOf(c, gold[i]) < 0)
                throw new ArgumentException($"Gold label {_labels[gold[i]]} at position {i} is not among its candidates.");
        }
        _sequences.Add(new Sequence(rows, starts, gold.ToArray(), positions.Candidates.ToArray()));
    }

    public PerceptronModel Train()
    {
        float[]? weights = null, transitions = null;
        for (var r = 0; r < Replicas; r++)
        {
            var (w, t) = TrainOnce(Seed + (ulong)r, r == 0 ? AfterEpoch : null);
            if (weights is null) { weights = w; transitions = t; continue; }
            for (var i = 0; i < w.Length; i++) weights[i] += w[i];
            for (var i = 0; i < t.Length; i++) transitions![i] += t[i];
        }
        for (var i = 0; i < weights!.Length; i++) weights[i] /= Replicas;
        for (var i = 0; i < transitions!.Length; i++) transitions[i] /= Replicas;
        return Compact(weights, transitions);
    }

    private (float[] Weights, float[] Transitions) TrainOnce(ulong seed, Action<int, Func<PerceptronModel>>? afterEpoch)
    {
        var L = _labels.Length;
        var rowsCount = _table.Count;
        var weights = new float[rowsCount * L];
        var totals = new double[rowsCount * L];     // sum of step * update, for the averaging trick
        var transitions = new float[(L + 1) * L];
        var transitionTotals = new double[transitions.Length];
        var step = 1.0;
        var rng = new SplitMix64(seed);
        var order = Enumerable.Range(0, _sequences.Count).ToArray();
        var emission = new float[64 * L];
        var predicted = new int[64];

        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            rng.Shuffle(order);
            var mistakes = 0;
            foreach (var index in order)
            {
                var s = _sequences[index];
                var n = s.Gold.Length;
                if (emission.Length < n * L) emission = new float[n * L * 2];
                if (predicted.Length < n) predicted = new int[n * 2];
                var e = emission.AsSpan(0, n * L);
                e.Clear();
                for (var i = 0; i < n; i++)
                    for (var k = s.Starts[i]; k < s.Starts[i + 1]; k++)
                    {
                        var w = weights.AsSpan(s.Rows[k] * L, L);
                        for (var l = 0; l < L; l++) e[i * L + l] += w[l];
                    }
                var p = predicted.AsSpan(0, n);
                ViterbiDecoder.Decode(e, transitions, L, s.Candidates, p);
                for (var i = 0; i < n; i++)
                {
                    var g = s.Gold[i];
                    var y = p[i];
                    if (g < 0 || (i > 0 && s.Gold[i - 1] < 0))
                    {
                        // Unsupervised position (or right after one): no emission or transition evidence.
                        if (g >= 0 && g != y) Update(s, i, g, y, weights, totals, L, step, ref mistakes);
                        continue;
                    }
                    if (g != y) Update(s, i, g, y, weights, totals, L, step, ref mistakes);
                    var gPrev = i == 0 ? 0 : s.Gold[i - 1] + 1;
                    var yPrev = i == 0 ? 0 : p[i - 1] + 1;
                    if (g != y || gPrev != yPrev)
                    {
                        transitions[gPrev * L + g] += 1; transitionTotals[gPrev * L + g] += step;
                        transitions[yPrev * L + y] -= 1; transitionTotals[yPrev * L + y] -= step;
                    }
                }
                step++;
            }
            Progress?.Invoke(epoch, mistakes);
            afterEpoch?.Invoke(epoch, () =>
            {
                var (w, t) = Average(weights, totals, transitions, transitionTotals, step);
                return Compact(w, t);
            });
        }
        return Average(weights, totals, transitions, transitionTotals, step);
    }

    /// <summary>Averaged weight = w - totals/step (Daume's trick).</summary>
    private static (float[], float[]) Average(float[] weights, double[] totals, float[] transitions, double[] transitionTotals, double step)
    {
        var averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++) averaged[i] = (float)(weights[i] - totals[i] / step);
        var averagedTransitions = new float[transitions.Length];
        for (var i = 0; i < transitions.Length; i++) averagedTransitions[i] = (float)(transitions[i] - transitionTotals[i] / step);
        return (averaged, averagedTransitions);
    }

    private static void Update(Sequence s, int i, int g, int y, float[] weights, double[] totals, int L, double step, ref int mistakes)
    {
        mistakes++;
        for (var k = s.Starts[i]; k < s.Starts[i + 1]; k++)
        {
            var row = s.Rows[k] * L;
            weights[row + g] += 1; totals[row + g] += step;
            weights[row + y] -= 1; totals[row + y] -= step;
        }
    }

    private PerceptronModel Compact(float[] weights, float[] transitions)
    {
        var L = _labels.Length;
        var keys = _table.KeysByRow();
        var table = new FeatureTable(keys.Length / 4);
        var kept = new List<float>(weights.Length / 4);
        for (var row = 0; row < keys.Length; row++)
        {
            var w = weights.AsSpan(row * L, L);
            var any = false;
            foreach (var v in w) if (Math.Abs(v) > 1e-3f) { any = true; break; }
            if (!any) continue;
            table.GetOrAdd(keys[row]);
            foreach (var v in w) kept.Add(v);
        }
        return new PerceptronModel(_labels, table, [.. kept], transitions);
    }

    private sealed record Sequence(int[] Rows, int[] Starts, int[] Gold, int[]?[] Candidates);
}
