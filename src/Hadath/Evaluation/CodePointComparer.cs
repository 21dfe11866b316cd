using System.Text;

namespace Hadath.Evaluation;

/// <summary>
/// Orders strings by code point, as Python's <c>sorted</c> does. Ordinal UTF-16 order differs from it only when
/// a supplementary character meets one in U+E000..U+FFFF, but the port promises the same order.
/// </summary>
internal sealed class CodePointComparer : IComparer<string>
{
    /// <summary>The single instance.</summary>
    public static readonly CodePointComparer Instance = new();

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var ex = x.EnumerateRunes().GetEnumerator();
        var ey = y.EnumerateRunes().GetEnumerator();
        while (true)
        {
            var hasX = ex.MoveNext();
            var hasY = ey.MoveNext();
            if (!hasX || !hasY) return hasX.CompareTo(hasY);
            var c = ex.Current.Value.CompareTo(ey.Current.Value);
            if (c != 0) return c;
        }
    }
}
