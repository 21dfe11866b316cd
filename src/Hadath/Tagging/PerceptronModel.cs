using System.Runtime.InteropServices;

namespace Hadath.Tagging;

/// <summary>
/// A trained linear sequence model: one weight per (feature, label) plus label-to-label transitions,
/// decoded with first-order Viterbi. Weights are the averaged perceptron's, stored as 16-bit floats.
/// Decoding is thread-safe (the model is read-only; scratch space is rented per call).
/// </summary>
public sealed class PerceptronModel
{
    private readonly string[] _labels;
    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly float[] _transitions;

    internal PerceptronModel(string[] labels, FeatureTable table, float[] weights, float[] transitions)
    {
        if (weights.Length != table.Count * labels.Length)
            throw new ArgumentException($"{weights.Length} weights for {table.Count} features x {labels.Length} labels.");
        if (transitions.Length != (labels.Length + 1) * labels.Length)
            throw new ArgumentException($"{transitions.Length} transition weights for {labels.Length} labels.");
        _labels = labels;
        _table = table;
        _weights = weights;
        _transitions = transitions;
    }

    /// <summary>Label names; decoders return indices into this list.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Features with a non-zero weight row.</summary>
    public int FeatureCount => _table.Count;

    /// <summary>Feature keys in row order.</summary>
    internal ulong[] KeysByRow() => _table.KeysByRow();

    /// <summary>Weights, rows x labels.</summary>
    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>(labels+1) x labels transition weights; row 0 is the sentence start.</summary>
    internal float[] Transitions => _transitions;

    /// <summary>Index of <paramref name="label"/> or -1.</summary>
    public int LabelIndex(string label) => Array.IndexOf(_labels, label);

    /// <summary>Best label index per position of <paramref name="positions"/>, written to <paramref name="output"/>.</summary>
    internal void Decode(FeatureBuffer positions, Span<int> output)
    {
        var L = _labels.Length;
        var n = positions.Length;
        var emission = n * L <= 4096 ? stackalloc float[n * L] : new float[n * L];
        Score(positions, emission);
        ViterbiDecoder.Decode(emission, _transitions, L, positions.Candidates, output);
    }

    /// <summary>Sums the weight rows of each position's features into <paramref name="emission"/> (n x labels).</summary>
    internal void Score(FeatureBuffer positions, Span<float> emission)
    {
        var L = _labels.Length;
        emission.Clear();
        for (var i = 0; i < positions.Length; i++)
        {
            var target = emission.Slice(i * L, L);
            foreach (var key in positions.KeysOf(i))
            {
                var row = _table.Find(key);
                if (row < 0) continue;
                var w = _weights.AsSpan(row * L, L);
                for (var l = 0; l < L; l++) target[l] += w[l];
            }
        }
    }

    /// <summary>Writes the model: labels, keys, half-precision weights, transitions.</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(_labels.Length);
        foreach (var label in _labels) writer.Write(label);
        writer.Write(_table.Count);
        writer.Write(MemoryMarshal.AsBytes(_table.KeysByRow().AsSpan()));
        var half = new Half[_weights.Length];
        for (var i = 0; i < half.Length; i++) half[i] = (Half)_weights[i];
        writer.Write(MemoryMarshal.AsBytes(half.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_transitions.AsSpan()));
    }

    /// <summary>Reads a model written by <see cref="Write"/>; <paramref name="source"/> names the file for errors.</summary>
    internal static PerceptronModel Read(BinaryReader reader, string source)
    {
        var labelCount = reader.ReadInt32();
        if (labelCount is <= 0 or > 4096) throw new InvalidDataException($"{source}: implausible label count {labelCount}.");
        var labels = new string[labelCount];
        for (var i = 0; i < labelCount; i++) labels[i] = reader.ReadString();
        var features = reader.ReadInt32();
        if (features < 0) throw new InvalidDataException($"{source}: negative feature count.");
        var keys = new ulong[features];
        ReadExactly(reader, MemoryMarshal.AsBytes(keys.AsSpan()), source);
        var half = new Half[features * labelCount];
        ReadExactly(reader, MemoryMarshal.AsBytes(half.AsSpan()), source);
        var transitions = new float[(labelCount + 1) * labelCount];
        ReadExactly(reader, MemoryMarshal.AsBytes(transitions.AsSpan()), source);
        var table = new FeatureTable(features);
        foreach (var key in keys) table.GetOrAdd(key);
        var weights = new float[half.Length];
        for (var i = 0; i < half.Length; i++) weights[i] = (float)half[i];
        return new PerceptronModel(labels, table, weights, transitions);
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> target, string source)
    {
        if (reader.BaseStream.ReadAtLeast(target, target.Length, throwOnEndOfStream: false) != target.Length)
            throw new InvalidDataException($"{source}: file ends inside a weight table; it is truncated, rebuild it with `hadath train`.");
    }
}
