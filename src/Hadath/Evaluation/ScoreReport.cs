using System.Globalization;
using System.Text;

namespace Hadath.Evaluation;

/// <summary>
/// The two printed forms of <see cref="ArticleScores"/>, byte-identical to shared/tools/score_articles.py's output
/// (its table, and its <c>json.dumps(out, indent=1)</c>), so the two tools can be diffed. Lines end in "\n".
/// </summary>
public static class ScoreReport
{
    /// <summary>The Python script's text table.</summary>
    public static string FormatTable(ArticleScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var sb = new StringBuilder();
        foreach (var (key, v) in Headline(scores))
            sb.Append(PythonText.PadRight(key, 14)).Append(' ').Append(Row(v)).Append('\n');
        sb.Append("event args on matched pairs: ")
            .Append(string.Join(", ", scores.EventArgs.Named().Select(kv =>
                kv.Value is { } v ? $"{kv.Key} {PythonFloat.FormatFixed(v, 3)}" : $"{kv.Key} -")))
            .Append('\n');
        foreach (var (type, v) in scores.EventByType)
            sb.Append("  ").Append(PythonText.PadRight(type, 10)).Append(' ').Append(Row(v)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The Python script's <c>--json</c> output: one-space indentation, keys in its order, floats in
    /// Python's repr, non-ASCII escaped as \uXXXX (json.dumps' ensure_ascii).</summary>
    public static string FormatJson(ArticleScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var members = new List<(string, string)>();
        foreach (var (key, v) in Headline(scores)) members.Add((key, Prf(v, 1)));
        members.Add(("event_args", Object(scores.EventArgs.Named()
            .Select(kv => (kv.Key, kv.Value is { } d ? PythonFloat.Repr(d) : "null")).ToList(), 1)));
        members.Add(("event_by_type", Object(scores.EventByType.Select(kv => (kv.Key, Prf(kv.Value, 2))).ToList(), 1)));
        members.Add(("articles", scores.Articles.ToString(CultureInfo.InvariantCulture)));
        return Object(members, 0) + "\n";
    }

    private static IEnumerable<KeyValuePair<string, PrfScore>> Headline(ArticleScores s) =>
    [
        new("entity_typed", s.EntityTyped), new("entity_name", s.EntityName), new("entity_linked", s.EntityLinked),
        new("event", s.Event), new("quote", s.Quote),
    ];

    private static string Row(PrfScore v) =>
        $"P {PythonFloat.FormatFixed(v.P, 3)}  R {PythonFloat.FormatFixed(v.R, 3)}  F1 {PythonFloat.FormatFixed(v.F1, 3)}  (tp {v.Tp} fp {v.Fp} fn {v.Fn})";

    private static string Prf(PrfScore v, int depth) => Object(
    [
        ("p", PythonFloat.Repr(v.P)), ("r", PythonFloat.Repr(v.R)), ("f1", PythonFloat.Repr(v.F1)),
        ("tp", Int(v.Tp)), ("fp", Int(v.Fp)), ("fn", Int(v.Fn)),
    ], depth);

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    // json.dumps(indent=1): "{", then each member on its own line indented one space per level deeper, separated by
    // ",", then "}" at the object's own level; an empty object is "{}".
    private static string Object(IReadOnlyList<(string Key, string Value)> members, int depth)
    {
        if (members.Count == 0) return "{}";
        var inner = "\n" + new string(' ', depth + 1);
        var sb = new StringBuilder("{");
        for (var i = 0; i < members.Count; i++)
        {
            sb.Append(i == 0 ? inner : "," + inner).Append(JsonString(members[i].Key)).Append(": ").Append(members[i].Value);
        }
        return sb.Append('\n').Append(' ', depth).Append('}').ToString();
    }

    // Python's json string encoding with ensure_ascii=True: lower-case \u escapes, surrogate pairs as two escapes.
    private static string JsonString(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' or > '\u007F' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
