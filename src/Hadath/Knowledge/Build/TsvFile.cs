namespace Hadath.Knowledge.Build;

/// <summary>
/// Reads the curated kb/*.tsv files: tab-separated, first non-comment line is the header, '#' starts a comment
/// line, empty cells are null. Errors name the file and line.
/// </summary>
internal static class TsvFile
{
    /// <summary>One data row: its 1-based line number and cells by header name.</summary>
    public sealed record Row(string File, int Line, IReadOnlyDictionary<string, string?> Cells)
    {
        public string? this[string column] => Cells.TryGetValue(column, out var v) ? v : null;

        /// <summary>The cell, or an error naming file, line and column when it is empty.</summary>
        public string Required(string column) => this[column] ?? throw Error($"column '{column}' is empty");

        /// <summary>A ';'-separated list cell as trimmed items.</summary>
        public string[] List(string column) =>
            this[column]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

        public FormatException Error(string message) => new($"{File}:{Line}: {message}");
    }

    public static IEnumerable<Row> Read(string path)
    {
        string[]? header = null;
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells.Select(c => c.Trim()).ToArray();
                continue;
            }
            if (cells.Length > header.Length)
                throw new FormatException($"{path}:{lineNumber}: {cells.Length} cells but the header has {header.Length} columns");
            var map = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
                map[header[i]] = i < cells.Length && cells[i].Trim() is { Length: > 0 } v ? v : null;
            yield return new Row(path, lineNumber, map);
        }
    }

    /// <summary>Parses a date cell: yyyy, yyyy-mm or yyyy-mm-dd (a year or month means its first day for a start, last for an end).</summary>
    public static DateOnly? Date(Row row, string column, bool isEnd)
    {
        var v = row[column];
        if (v is null) return null;
        var parts = v.Split('-');
        try
        {
            var year = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            if (parts.Length == 1) return isEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            var month = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            if (parts.Length == 2) return isEnd ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : new DateOnly(year, month, 1);
            return new DateOnly(year, month, int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            throw row.Error($"'{v}' in column '{column}' is not a date (yyyy, yyyy-mm or yyyy-mm-dd)");
        }
    }
}
