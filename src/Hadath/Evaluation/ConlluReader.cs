using System.Globalization;

namespace Hadath.Evaluation;

/// <summary>
/// Reads CoNLL-U (https://universaldependencies.org/format.html) into sentences of syntactic words.
/// Multiword-token range lines (1-2) and empty nodes (1.1) are skipped: the evaluations here work on words.
/// </summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of <paramref name="path"/>; errors name the file and line.</summary>
    public static IReadOnlyList<ConlluSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads every sentence from <paramref name="reader"/>; <paramref name="name"/> is used in error messages.</summary>
    public static IReadOnlyList<ConlluSentence> Read(TextReader reader, string name)
    {
        var sentences = new List<ConlluSentence>();
        var words = new List<ConlluWord>();
        string? sentId = null, document = null, text = null;
        var lineNumber = 0;
        var firstLine = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (firstLine == 0) firstLine = lineNumber;
            if (line[0] == '#')
            {
                if (Comment(line, "sent_id") is { } id) sentId = id;
                else if (Comment(line, "newdoc id") is { } doc) document = doc;
                else if (Comment(line, "orig_file_sentence") is { } orig) document = orig.Split('#')[0];
                else if (Comment(line, "text") is { } t) text = t;
                continue;
            }
            var columns = line.Split('\t');
            if (columns.Length != 10)
                throw new InvalidDataException($"{name} line {lineNumber}: expected 10 tab-separated columns, found {columns.Length}.");
            if (columns[0].Contains('-') || columns[0].Contains('.')) continue;
            if (!int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out var wordId))
                throw new InvalidDataException($"{name} line {lineNumber}: ID \"{columns[0]}\" is not a word number.");
            words.Add(new ConlluWord(wordId, columns[1], columns[2], columns[3], columns[4], columns[5], columns[9]));
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0) sentences.Add(new ConlluSentence(sentId, document, text, words.ToArray(), firstLine));
            words.Clear();
            (sentId, text, firstLine) = (null, null, 0);
            // a newdoc id holds until the next one; orig_file_sentence is repeated on every sentence
        }
    }

    /// <summary>The value of comment <paramref name="key"/> in either style: "# key = value" (UD v2) or "# key value" (PADT v1.2).</summary>
    private static string? Comment(string line, string key)
    {
        var body = line.AsSpan(1).TrimStart();
        if (!body.StartsWith(key, StringComparison.Ordinal)) return null;
        var after = body[key.Length..];
        if (after.Length == 0 || after[0] is not (' ' or '=' or '\t')) return null; // "# text_en" is not "# text"
        after = after.TrimStart();
        if (after.Length > 0 && after[0] == '=') after = after[1..].TrimStart();
        return after.ToString().TrimEnd();
    }
}
