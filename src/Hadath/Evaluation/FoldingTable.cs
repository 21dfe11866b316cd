using System.Globalization;
using Hadath.Text;

namespace Hadath.Evaluation;

/// <summary>
/// The Unicode data behind <see cref="NameFolding.Fold"/>: NFKD-minus-marks replacements for the blocks listed in
/// the embedded <c>Evaluation/Data/name-folding.tsv</c>, and every code point with a non-zero canonical combining
/// class. Generated from Python's Unicode database by tools/gen_name_folding.py, because string.Normalize needs ICU,
/// which invariant-globalisation builds do not load.
/// </summary>
internal static class FoldingTable
{
    private static readonly Dictionary<int, string> Replacements = [];
    private static readonly int[] MarkFirst;
    private static readonly int[] MarkLast;

    static FoldingTable()
    {
        const string file = "name-folding.tsv";
        var first = new List<int>();
        var last = new List<int>();
        foreach (var row in EmbeddedData.ReadTsv(file))
        {
            if (row.Fields.Length != 3) throw EmbeddedData.BadRow(file, row, $"expected 3 tab-separated fields, found {row.Fields.Length}");
            var code = Hex(row[1]);
            if (row[0] == "D")
                Replacements[code] = string.Concat(row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => char.ConvertFromUtf32(Hex(h))));
            else if (row[0] == "M")
            {
                first.Add(code);
                last.Add(Hex(row[2]));
            }
            else
                throw EmbeddedData.BadRow(file, row, $"unknown row kind '{row[0]}' (expected D or M)");
        }
        MarkFirst = [.. first];
        MarkLast = [.. last];
    }

    /// <summary>NFKD of <paramref name="codePoint"/> without its combining marks, or null when the table keeps it.</summary>
    public static string? Replacement(int codePoint) => Replacements.GetValueOrDefault(codePoint);

    /// <summary>True when <paramref name="codePoint"/> has a non-zero canonical combining class (Python's
    /// <c>unicodedata.combining(c) != 0</c>).</summary>
    public static bool IsCombining(int codePoint)
    {
        if (codePoint < 0x0300) return false;
        // Ranges are sorted and disjoint: find the last range starting at or before the code point.
        var i = Array.BinarySearch(MarkFirst, codePoint);
        if (i < 0) i = ~i - 1;
        return i >= 0 && codePoint <= MarkLast[i];
    }

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
