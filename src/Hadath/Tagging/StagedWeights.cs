namespace Hadath.Tagging;

/// <summary>
/// The two NER stages' weights over one shared feature table. The second stage sees every first-stage
/// feature plus a few context features, so looking each key up once and reading both stages' weight rows
/// by the same row index halves the hash probes, which dominate tagging time (random memory reads).
/// </summary>
internal sealed class StagedWeights
{
    private readonly FeatureTable _table;
    private readonly float[] _first;
    private readonly float[]? _second;

    private StagedWeights(string[] labels, FeatureTable table, float[] first, float[]? second, float[] firstTransitions, float[]? secondTransitions)
    {
        Labels = labels;
        _table = table;
        _first = first;
        _second = second;
        FirstTransitions = firstTransitions;
        SecondTransitions = secondTransitions;
    }

    public StagedWeights(PerceptronModel first, PerceptronModel? second)
    {
        if (second is not null && !first.Labels.SequenceEqual(second.Labels))
            throw new InvalidDataException("The two NER stages have different label sets; retrain with `hadath train ner`.");
        Labels = [.. first.Labels];
        FirstTransitions = first.Transitions;
        SecondTransitions = second?.Transitions;
        var L = Labels.Count;
        var firstKeys = first.KeysByRow();
        var secondKeys = second?.KeysByRow() ?? [];
        _table = new FeatureTable(firstKeys.Length + secondKeys.Length);
        foreach (var k in firstKeys) _table.GetOrAdd(k);
        foreach (var k in secondKeys) _table.GetOrAdd(k);
        _first = Align(first, firstKeys, L);
        _second = second is null ? null : Align(second, secondKeys, L);
    }

    public IReadOnlyList<string> Labels { get; }

    /// <summary>Features in the shared table.</summary>
    public int FeatureCount => _table.Count;

    /// <summary>Writes labels, shared keys, both stages' half-precision weights and float transitions.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Labels.Count);
        foreach (var label in Labels) writer.Write(label);
        writer.Write(_table.Count);
        writer.Write(HasSecond);
        writer.Write(OutsideBias);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_table.KeysByRow().AsSpan()));
        WriteHalf(writer, _first);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(FirstTransitions.AsSpan()));
        if (_second is null) return;
        WriteHalf(writer, _second);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(SecondTransitions!.AsSpan()));
    }

    /// <summary>Reads what <see cref="Write"/> wrote; <paramref name="source"/> names the file in errors.</summary>
    public static StagedWeights Read(BinaryReader reader, string source)
    {
        var labels = new string[reader.ReadInt32()];
        if (labels.Length is 0 or > 64) throw new InvalidDataException($"{source}: implausible NER label count {labels.Length}.");
        for (var i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
        var count = reader.ReadInt32();
        var hasSecond = reader.ReadBoolean();
        var outsideBias = reader.ReadSingle();
        var keys = new ulong[count];
        ReadExactly(reader, System.Runtime.InteropServices.MemoryMarshal.AsBytes(keys.AsSpan()), source);
        var table = new FeatureTable(count);
        foreach (var key in keys) table.GetOrAdd(key);
        var L = labels.Length;
        var first = ReadHalf(reader, count * L, source);
        var firstTransitions = new float[(L + 1) * L];
        ReadExactly(reader, System.Runtime.InteropServices.MemoryMarshal.AsBytes(firstTransitions.AsSpan()), source);
        float[]? second = null, secondTransitions = null;
        if (hasSecond)
        {
            second = ReadHalf(reader, count * L, source);
            secondTransitions = new float[(L + 1) * L];
            ReadExactly(reader, System.Runtime.InteropServices.MemoryMarshal.AsBytes(secondTransitions.AsSpan()), source);
        }
        return new StagedWeights(labels, table, first, second, firstTransitions, secondTransitions) { OutsideBias = outsideBias };
    }

    private static void WriteHalf(BinaryWriter writer, float[] values)
    {
        var half = new Half[values.Length];
        for (var i = 0; i < half.Length; i++) half[i] = (Half)values[i];
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(half.AsSpan()));
    }

    private static float[] ReadHalf(BinaryReader reader, int count, string source)
    {
        var half = new Half[count];
        ReadExactly(reader, System.Runtime.InteropServices.MemoryMarshal.AsBytes(half.AsSpan()), source);
        var values = new float[count];
        for (var i = 0; i < count; i++) values[i] = (float)half[i];
        return values;
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> target, string source)
    {
        if (reader.BaseStream.ReadAtLeast(target, target.Length, throwOnEndOfStream: false) != target.Length)
            throw new InvalidDataException($"{source}: file ends inside the NER weights; it is truncated, rebuild it with `hadath train ner`.");
    }
    public float[] FirstTransitions { get; }
    public float[]? SecondTransitions { get; }
    public bool HasSecond => _second is not null;

    /// <summary>
    /// Subtracted from the O label's score in the last stage: the perceptron under-predicts names (precision
    /// well above recall on held-out data), and a margin tuned on held-out ANERcorp train trades some back.
    /// </summary>
    public float OutsideBias { get; set; }

    private float[] Align(PerceptronModel model, ulong[] keys, int L)
    {
        var aligned = new float[_table.Count * L];
        var weights = model.Weights;
        for (var row = 0; row < keys.Length; row++)
            weights.Slice(row * L, L).CopyTo(aligned.AsSpan(_table.Find(keys[row]) * L, L));
        return aligned;
    }

    /// <summary>Row of every key of <paramref name="buffer"/> (-1 when unknown), flat in key order.</summary>
    public void Rows(FeatureBuffer buffer, Span<int> rows)
    {
        var k = 0;
        for (var i = 0; i < buffer.Length; i++)
            foreach (var key in buffer.KeysOf(i)) rows[k++] = _table.Find(key);
    }

    /// <summary>
    /// First-stage scores (positions x labels) from looked-up rows into <paramref name="emission"/> and, with a second
    /// stage, that stage's scores of the same rows into <paramref name="secondBase"/> (same shape; its context
    /// features come later, in <see cref="ScoreSecond"/>). One pass reads both stages' weight rows while the row index
    /// is at hand, so their cache misses overlap instead of the second stage missing again on every row.
    /// </summary>
    public void ScoreFirst(FeatureBuffer buffer, ReadOnlySpan<int> rows, Span<float> emission, Span<float> secondBase)
    {
        if (_second is null)
        {
            Score(_first, buffer, rows, emission);
            ApplyOutsideBias(emission);
            return;
        }
        var L = Labels.Count;
        emission.Clear();
        secondBase.Clear();
        var first = _first;
        var second = _second;
        var k = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            var target = emission.Slice(i * L, L);
            var target2 = secondBase.Slice(i * L, L);
            var count = buffer.KeysOf(i).Length;
            for (var end = k + count; k < end; k++)
            {
                var row = rows[k];
                if (row < 0) continue;
                Add(first.AsSpan(row * L, L), target);
                Add(second.AsSpan(row * L, L), target2);
            }
        }
    }

    private void ApplyOutsideBias(Span<float> emission)
    {
        if (OutsideBias == 0) return;
        var outside = OutsideIndex;
        for (var i = outside; i < emission.Length; i += Labels.Count) emission[i] -= OutsideBias;
    }

    private int OutsideIndex => _outside ??= Labels.ToList().IndexOf("O");

    private int? _outside;

    /// <summary>
    /// Second-stage scores: <paramref name="secondBase"/> (the first-stage rows under the second stage's weights, from
    /// <see cref="ScoreFirst"/>) plus <paramref name="context"/>'s keys.
    /// </summary>
    public void ScoreSecond(ReadOnlySpan<float> secondBase, FeatureBuffer context, Span<float> emission)
    {
        var weights = _second ?? throw new InvalidOperationException("No second stage.");
        secondBase.CopyTo(emission);
        var L = Labels.Count;
        ApplyOutsideBias(emission);
        for (var i = 0; i < context.Length; i++)
        {
            var target = emission.Slice(i * L, L);
            foreach (var key in context.KeysOf(i))
            {
                var row = _table.Find(key);
                if (row >= 0) Add(weights.AsSpan(row * L, L), target);
            }
        }
    }

    private void Score(float[] weights, FeatureBuffer buffer, ReadOnlySpan<int> rows, Span<float> emission)
    {
        var L = Labels.Count;
        emission.Clear();
        var k = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            var target = emission.Slice(i * L, L);
            var count = buffer.KeysOf(i).Length;
            for (var end = k + count; k < end; k++)
                if (rows[k] >= 0) Add(weights.AsSpan(rows[k] * L, L), target);
        }
    }

    // Element-wise, so vector adds give the same sums as the scalar loop.
    private static void Add(ReadOnlySpan<float> source, Span<float> target)
    {
        var l = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
            for (; l + System.Numerics.Vector<float>.Count <= target.Length; l += System.Numerics.Vector<float>.Count)
                (new System.Numerics.Vector<float>(source[l..]) + new System.Numerics.Vector<float>(target[l..])).CopyTo(target[l..]);
        for (; l < target.Length; l++) target[l] += source[l];
    }
}
