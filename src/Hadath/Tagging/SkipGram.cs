using System.Numerics;

namespace Hadath.Tagging;

/// <summary>
/// Skip-gram with negative sampling (Mikolov et al. 2013) over a corpus of word ids, single-threaded so a
/// seed fixes every vector bit for bit (Hogwild threads would not). At 96 dimensions it trains about a
/// million words a second here, so a few epochs over the 7M-word news corpus take minutes, where Brown
/// clustering's O(V·C²) merges would take hours on two shared cores.
/// </summary>
internal sealed class SkipGram
{
    public int Dimensions { get; init; } = 96;
    public int Window { get; init; } = 5;
    public int Negatives { get; init; } = 5;
    public int Epochs { get; init; } = 3;
    public float LearningRate { get; init; } = 0.025f;
    public double Subsample { get; init; } = 1e-4;
    public ulong Seed { get; init; } = 1;
    public Action<string>? Log { get; init; }

    /// <summary>Trains and returns the input vectors, row-major (vocabulary x dimensions).</summary>
    /// <param name="sentences">Word ids per sentence.</param>
    /// <param name="counts">Corpus frequency of each word id.</param>
    public float[] Train(IReadOnlyList<int[]> sentences, long[] counts)
    {
        var V = counts.Length;
        var D = Dimensions;
        var rng = new SplitMix64(Seed);
        var input = new float[V * D];
        for (var i = 0; i < input.Length; i++) input[i] = (rng.NextFloat() - 0.5f) / D;
        var output = new float[V * D];
        var table = NegativeTable(counts);
        long total = 0;
        foreach (var c in counts) total += c;
        var keep = new float[V];
        for (var w = 0; w < V; w++)
        {
            // word2vec's subsampling: keep probability (sqrt(f/t) + 1) * t/f.
            var f = counts[w] / (double)total;
            keep[w] = (float)Math.Min(1.0, (Math.Sqrt(f / Subsample) + 1) * Subsample / f);
        }
        var planned = (double)total * Epochs;
        long seen = 0;
        var gradient = new float[D];
        var buffer = new int[1024];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            foreach (var sentence in sentences)
            {
                var n = 0;
                if (buffer.Length < sentence.Length) buffer = new int[sentence.Length * 2];
                foreach (var w in sentence)
                    if (keep[w] >= 1 || rng.NextFloat() < keep[w]) buffer[n++] = w;
                seen += sentence.Length;
                var alpha = LearningRate * (float)Math.Max(1e-4, 1 - seen / planned);
                for (var i = 0; i < n; i++)
                {
                    var span = 1 + rng.NextInt(Window);
                    for (var j = Math.Max(0, i - span); j <= Math.Min(n - 1, i + span); j++)
                    {
                        if (j == i) continue;
                        Step(input.AsSpan(buffer[j] * D, D), buffer[i], output, table, rng, alpha, gradient);
                    }
                }
            }
            Log?.Invoke($"skip-gram epoch {epoch + 1}/{Epochs} done");
        }
        return input;
    }

    private void Step(Span<float> context, int target, float[] output, int[] table, SplitMix64 rng, float alpha, float[] gradient)
    {
        var D = Dimensions;
        Array.Clear(gradient);
        for (var d = 0; d <= Negatives; d++)
        {
            int word;
            float label;
            if (d == 0) { word = target; label = 1; }
            else
            {
                word = table[rng.NextInt(table.Length)];
                if (word == target) continue;
                label = 0;
            }
            var o = output.AsSpan(word * D, D);
            var dot = Dot(context, o);
            var sigmoid = dot > 6 ? 1f : dot < -6 ? 0f : 1f / (1f + MathF.Exp(-dot));
            var g = (label - sigmoid) * alpha;
            Axpy(g, o, gradient);
            Axpy(g, context, o);
        }
        Axpy(1f, gradient, context);
    }

    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        var result = Vector.Sum(sum);
        for (; i < a.Length; i++) result += a[i] * b[i];
        return result;
    }

    /// <summary>y += a * x.</summary>
    internal static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        var va = new Vector<float>(a);
        var i = 0;
        for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            (new Vector<float>(y[i..]) + va * new Vector<float>(x[i..])).CopyTo(y[i..]);
        for (; i < x.Length; i++) y[i] += a * x[i];
    }

    /// <summary>word2vec's unigram^0.75 sampling table.</summary>
    private static int[] NegativeTable(long[] counts)
    {
        const int size = 1 << 22;
        var table = new int[size];
        double norm = 0;
        foreach (var c in counts) norm += Math.Pow(c, 0.75);
        var w = 0;
        var cumulative = Math.Pow(counts[0], 0.75) / norm;
        for (var i = 0; i < size; i++)
        {
            table[i] = w;
            if (i / (double)size > cumulative && w < counts.Length - 1)
            {
                w++;
                cumulative += Math.Pow(counts[w], 0.75) / norm;
            }
        }
        return table;
    }
}
