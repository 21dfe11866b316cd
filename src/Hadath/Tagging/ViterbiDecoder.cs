using System.Buffers;

namespace Hadath.Tagging;

/// <summary>
/// First-order Viterbi over per-position label scores plus a (labels+1) x labels transition matrix whose
/// row 0 is the sentence start. Shared by decoding and by the perceptron trainer so both search alike.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>
    /// Best label sequence. <paramref name="emission"/> holds n x labels scores (row-major); a label outside
    /// a position's candidate list is never chosen.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emission, ReadOnlySpan<float> transition, int labelCount,
        ReadOnlySpan<int[]?> candidates, Span<int> output)
    {
        var n = candidates.Length;
        if (n == 0) return;
        var L = labelCount;
        var deltaArray = ArrayPool<float>.Shared.Rent(n * L);
        var backArray = ArrayPool<int>.Shared.Rent(n * L);
        var delta = deltaArray.AsSpan(0, n * L);
        var back = backArray.AsSpan(0, n * L);
        try
        {
            delta.Fill(float.NegativeInfinity);
            foreach (var l in Allowed(candidates[0], L))
                delta[l] = transition[l] + emission[l];
            for (var i = 1; i < n; i++)
            {
                var prevCandidates = candidates[i - 1];
                foreach (var l in Allowed(candidates[i], L))
                {
                    var best = float.NegativeInfinity;
                    var arg = -1;
                    foreach (var p in Allowed(prevCandidates, L))
                    {
                        var s = delta[(i - 1) * L + p] + transition[(p + 1) * L + l];
                        if (s > best) { best = s; arg = p; }
                    }
                    delta[i * L + l] = best + emission[i * L + l];
                    back[i * L + l] = arg;
                }
            }
            var last = -1;
            var top = float.NegativeInfinity;
            foreach (var l in Allowed(candidates[n - 1], L))
                if (last < 0 || delta[(n - 1) * L + l] > top) { top = delta[(n - 1) * L + l]; last = l; }
            for (var i = n - 1; i >= 0; i--)
            {
                output[i] = last;
                if (i > 0) last = back[i * L + last];
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(deltaArray);
            ArrayPool<int>.Shared.Return(backArray);
        }
    }

    private static AllowedLabels Allowed(int[]? candidates, int labelCount) => new(candidates, labelCount);

    /// <summary>Allocation-free enumeration of a candidate list, or of 0..labelCount-1 when there is none.</summary>
    private readonly ref struct AllowedLabels(int[]? candidates, int labelCount)
    {
        private readonly int[]? _candidates = candidates;
        private readonly int _count = labelCount;
        public Enumerator GetEnumerator() => new(_candidates, _count);

        public ref struct Enumerator(int[]? candidates, int count)
        {
            private int _i = -1;
            public readonly int Current => candidates is null ? _i : candidates[_i];
            public bool MoveNext() => ++_i < (candidates?.Length ?? count);
        }
    }
}
