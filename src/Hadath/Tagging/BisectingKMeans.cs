namespace Hadath.Tagging;

/// <summary>
/// Turns word vectors into binary cluster paths by recursive 2-means on the unit sphere (bisecting spherical
/// k-means): each split appends one bit, so path prefixes are nested classes like Brown clusters' and a
/// linear tagger can use several granularities. Each level costs O(V·D) per iteration, seconds in all.
/// The assignment step runs in parallel over fixed chunks; results do not depend on the thread count.
/// </summary>
internal static class BisectingKMeans
{
    /// <summary>(path bits, depth) per row of <paramref name="vectors"/>; depth is at least 1.</summary>
    public static (uint Path, int Depth)[] Paths(float[] vectors, int dimensions, int maxDepth, int minLeaf, ulong seed)
    {
        var count = vectors.Length / dimensions;
        for (var i = 0; i < count; i++) Normalize(vectors.AsSpan(i * dimensions, dimensions));
        var paths = new (uint, int)[count];
        var rng = new SplitMix64(seed);
        var pending = new Stack<(int[] Members, uint Path, int Depth)>();
        pending.Push((Enumerable.Range(0, count).ToArray(), 0, 0));
        while (pending.Count > 0)
        {
            var (members, path, depth) = pending.Pop();
            if (depth == maxDepth || members.Length < 2 * minLeaf)
            {
                foreach (var m in members) paths[m] = (depth == 0 ? 0 : path, Math.Max(depth, 1));
                continue;
            }
            var side = Split(vectors, dimensions, members, rng);
            var left = members.Where((_, i) => !side[i]).ToArray();
            var right = members.Where((_, i) => side[i]).ToArray();
            if (left.Length == 0 || right.Length == 0)
            {
                foreach (var m in members) paths[m] = (depth == 0 ? 0 : path, Math.Max(depth, 1));
                continue;
            }
            pending.Push((right, (path << 1) | 1, depth + 1));
            pending.Push((left, path << 1, depth + 1));
        }
        return paths;
    }

    private static bool[] Split(float[] vectors, int D, int[] members, SplitMix64 rng)
    {
        // Seeds: a random member and the member least similar to it (k-means++ in spirit, deterministic).
        var a = members[rng.NextInt(members.Length)];
        var b = a;
        var worst = float.MaxValue;
        foreach (var m in members)
        {
            var s = SkipGram.Dot(vectors.AsSpan(a * D, D), vectors.AsSpan(m * D, D));
            if (s < worst) { worst = s; b = m; }
        }
        var c0 = vectors.AsSpan(a * D, D).ToArray();
        var c1 = vectors.AsSpan(b * D, D).ToArray();
        var side = new bool[members.Length];
        for (var iteration = 0; iteration < 10; iteration++)
        {
            var changed = 0;
            const int chunk = 4096;
            var chunks = (members.Length + chunk - 1) / chunk;
            var changes = new int[chunks];
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = 2 }, k =>
            {
                for (var i = k * chunk; i < Math.Min(members.Length, (k + 1) * chunk); i++)
                {
                    var v = vectors.AsSpan(members[i] * D, D);
                    var right = SkipGram.Dot(v, c1) > SkipGram.Dot(v, c0);
                    if (right != side[i]) { side[i] = right; changes[k]++; }
                }
            });
            foreach (var c in changes) changed += c;
            Array.Clear(c0);
            Array.Clear(c1);
            for (var i = 0; i < members.Length; i++)
                SkipGram.Axpy(1f, vectors.AsSpan(members[i] * D, D), side[i] ? c1 : c0);
            Normalize(c0);
            Normalize(c1);
            if (changed == 0) break;
        }
        return side;
    }

    private static void Normalize(Span<float> v)
    {
        var norm = MathF.Sqrt(SkipGram.Dot(v, v));
        if (norm == 0) return;
        foreach (ref var x in v) x /= norm;
    }
}
