using System.Globalization;

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
        const string name = "Hadath.Evaluation.Data.name-folding.tsv";
        using var stream = typeof(FoldingTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the Hadath assembly.");
        using var reader = new StreamReader(stream);
        var first = new List<int>();
        var last = new List<int>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length != 3)
                throw new InvalidDataException($"{name}:{lineNumber}: expected 3 tab-separated fields, found {parts.Length}.");
            var code = Hex(parts[1]);
            if (parts[0] == "D")
                Replacements[code] = string.Concat(parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(h => char.ConvertFromUtf32(Hex(h))));
            else if (parts[0] == "M")
            {
                first.Add(code);
                last.Add(Hex(parts[2]));
            }
            else
                throw new InvalidDataException($"{name}:{lineNumber}: unknown row kind '{parts[0]}' (expected D or M).");
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
