namespace Hadath.Text;

/// <summary>
/// Reads the tab-separated tables shipped inside the assembly (<c>**/Data/*.tsv</c>): lexicons and character maps
/// are data, reviewable as text, not code. Lines starting with # and blank lines are skipped.
/// </summary>
public static class EmbeddedData
{
    /// <summary>One data row: its 1-based line number in the file (for error messages) and its fields.</summary>
    public readonly record struct Row(int Line, string[] Fields)
    {
        /// <summary>Field <paramref name="i"/>, or "" when the row is shorter.</summary>
        public string this[int i] => i < Fields.Length ? Fields[i] : "";
    }

    /// <summary>The rows of the embedded table <paramref name="fileName"/> (e.g. "event-triggers.tsv").</summary>
    public static IEnumerable<Row> ReadTsv(string fileName)
    {
        var name = "Hadath.Data." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded table '{fileName}' is missing from the Hadath assembly (looked for resource '{name}').");
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            yield return new Row(lineNumber, line.Split('\t'));
        }
    }

    /// <summary>An error for a bad row, naming the table and line.</summary>
    public static FormatException BadRow(string fileName, Row row, string what) =>
        new($"{fileName}, line {row.Line}: {what}");
}
