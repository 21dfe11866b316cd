using System.Text;

namespace Hadath.Evaluation;

/// <summary>Minimal RFC 4180 reader: commas, double-quoted fields with doubled quotes and line breaks inside.</summary>
public static class CsvReader
{
    /// <summary>The records of <paramref name="reader"/>, each as its list of fields; the first is the header.</summary>
    public static IEnumerable<List<string>> Read(TextReader reader)
    {
        var field = new StringBuilder();
        var record = new List<string>();
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else quoted = false;
                continue;
            }
            switch (ch)
            {
                case '"': quoted = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    yield return record;
                    record = [];
                    break;
                default: field.Append(ch); break;
            }
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
