namespace Hadath.Tagging;

/// <summary>
/// Reads "token col2 col3 ..." files (ANERcorp, AQMAR, Wojood, conlleval input): one token per line, fields
/// separated by spaces or tabs, a blank line between sentences. Malformed input fails with file and line.
/// </summary>
public static class ConllReader
{
    /// <summary>Reads <paramref name="path"/>; each line must have at least <paramref name="minColumns"/> fields.</summary>
    public static IReadOnlyList<ConllSentence> Read(string path, int minColumns = 1)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path, minColumns);
    }

    /// <summary>Reads from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static IReadOnlyList<ConllSentence> Read(TextReader reader, string source, int minColumns = 1)
    {
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var columns = new List<string[]>();
        var first = 0;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                Flush();
                continue;
            }
            if (fields.Length < minColumns)
                throw new InvalidDataException($"{source}:{number}: expected at least {minColumns} fields (token and tags), found {fields.Length}: '{line}'.");
            if (tokens.Count == 0) first = number;
            tokens.Add(fields[0]);
            columns.Add(fields[1..]);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0) return;
            sentences.Add(new ConllSentence(tokens.ToArray(), columns.ToArray(), source, first));
            tokens.Clear();
            columns.Clear();
        }
    }
}
