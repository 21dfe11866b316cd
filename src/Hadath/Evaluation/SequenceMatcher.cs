namespace Hadath.Evaluation;

/// <summary>
/// A faithful port of Python's <c>difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()</c>
/// over integer sequences (code points for strings). No junk and no "popular" elements, so the blocks, including
/// ties broken towards the earliest position in a and then in b, are exactly Python's; the quote scorer needs the
/// same character counts to take the same decisions.
/// </summary>
/// <example><code>
/// var blocks = new SequenceMatcher(PythonText.CodePoints("abxcd"), PythonText.CodePoints("abcd")).GetMatchingBlocks();
/// // (0,0,2) (3,2,2) (5,4,0)
/// </code></example>
public sealed class SequenceMatcher
{
    private readonly int[] _a;
    private readonly int[] _b;
    // difflib's b2j: for each element of b, the ascending indices where it occurs.
    private readonly Dictionary<int, int[]> _b2j;

    /// <summary>Prepares matching of <paramref name="a"/> against <paramref name="b"/>.</summary>
    public SequenceMatcher(int[] a, int[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        _a = a;
        _b = b;
        var lists = new Dictionary<int, List<int>>();
        for (var j = 0; j < b.Length; j++)
        {
            if (!lists.TryGetValue(b[j], out var list)) lists[b[j]] = list = [];
            list.Add(j);
        }
        _b2j = lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    /// <summary>Matches the code points of two strings.</summary>
    public static SequenceMatcher ForStrings(string a, string b) => new(PythonText.CodePoints(a), PythonText.CodePoints(b));

    /// <summary>
    /// The longest block of a[aLo..aHi) equal to b[bLo..bHi); of equally long ones, the one starting earliest in a,
    /// then earliest in b. Size 0 at (aLo, bLo) when nothing matches. difflib's <c>find_longest_match</c>.
    /// </summary>
    public MatchingBlock FindLongestMatch(int aLo, int aHi, int bLo, int bHi)
    {
        int bestI = aLo, bestJ = bLo, bestSize = 0;
        // j2len[j]: length of the match ending at a[i-1], b[j]; Python keeps it in a fresh dict per i, here two
        // arrays plus the list of entries written, so stale lengths never leak into the next row.
        var j2len = new int[_b.Length + 1];
        var newJ2len = new int[_b.Length + 1];
        var written = new List<int>();
        var newWritten = new List<int>();
        for (var i = aLo; i < aHi; i++)
        {
            newWritten.Clear();
            if (_b2j.TryGetValue(_a[i], out var js))
            {
                foreach (var j in js)
                {
                    if (j < bLo) continue;
                    if (j >= bHi) break;
                    // Index shifted by one so that j-1 == -1 reads slot 0, which is never written.
                    var k = newJ2len[j + 1] = j2len[j] + 1;
                    newWritten.Add(j + 1);
                    if (k > bestSize)
                    {
                        bestI = i - k + 1;
                        bestJ = j - k + 1;
                        bestSize = k;
                    }
                }
            }
            foreach (var w in written) j2len[w] = 0;
            (j2len, newJ2len) = (newJ2len, j2len);
            (written, newWritten) = (newWritten, written);
        }
        // difflib extends the block by equal non-junk elements on both sides; with no junk the dynamic programme
        // already found a maximal block, but the loops are kept so the port stays line-for-line checkable.
        while (bestI > aLo && bestJ > bLo && _a[bestI - 1] == _b[bestJ - 1])
        {
            bestI--;
            bestJ--;
            bestSize++;
        }
        while (bestI + bestSize < aHi && bestJ + bestSize < bHi && _a[bestI + bestSize] == _b[bestJ + bestSize])
            bestSize++;
        return new MatchingBlock(bestI, bestJ, bestSize);
    }

    /// <summary>
    /// difflib's <c>get_matching_blocks</c>: non-overlapping equal blocks, increasing in a and b, adjacent blocks
    /// merged, ending with the sentinel (len(a), len(b), 0).
    /// </summary>
    public IReadOnlyList<MatchingBlock> GetMatchingBlocks()
    {
        var queue = new Stack<(int ALo, int AHi, int BLo, int BHi)>();
        queue.Push((0, _a.Length, 0, _b.Length));
        var blocks = new List<MatchingBlock>();
        while (queue.Count > 0)
        {
            var (aLo, aHi, bLo, bHi) = queue.Pop();
            var x = FindLongestMatch(aLo, aHi, bLo, bHi);
            if (x.Size == 0) continue;
            blocks.Add(x);
            if (aLo < x.A && bLo < x.B) queue.Push((aLo, x.A, bLo, x.B));
            if (x.A + x.Size < aHi && x.B + x.Size < bHi) queue.Push((x.A + x.Size, aHi, x.B + x.Size, bHi));
        }
        // Python sorts the (i, j, k) tuples; the blocks are disjoint in a, so this is order by i.
        blocks.Sort((p, q) => p.A != q.A ? p.A.CompareTo(q.A) : p.B != q.B ? p.B.CompareTo(q.B) : p.Size.CompareTo(q.Size));
        var merged = new List<MatchingBlock>();
        int i1 = 0, j1 = 0, k1 = 0;
        foreach (var (i2, j2, k2) in blocks)
        {
            if (i1 + k1 == i2 && j1 + k1 == j2)
                k1 += k2;
            else
            {
                if (k1 != 0) merged.Add(new MatchingBlock(i1, j1, k1));
                (i1, j1, k1) = (i2, j2, k2);
            }
        }
        if (k1 != 0) merged.Add(new MatchingBlock(i1, j1, k1));
        merged.Add(new MatchingBlock(_a.Length, _b.Length, 0));
        return merged;
    }

    /// <summary>Total size of the matching blocks: the number of elements a and b have in common in order.</summary>
    public int MatchedCount() => GetMatchingBlocks().Sum(m => m.Size);
}
