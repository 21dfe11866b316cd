using Hadath.Output;
using Hadath.Pipeline;

namespace Hadath.Evaluation;

/// <summary>
/// Sentence-level event detection on the Arabic PLOVER gold (<c>events/arabic-event-gsr-dev/*_gsr.csv</c>): a sentence
/// labelled "yes" is positive, "easy no" and "difficult no" negative, "ambiguous" skipped. The engine detects the file's
/// event type when it reports an event of that type that is not hypothetical or negated.
/// </summary>
public static class GsrEvaluation
{
    /// <summary>One scored sentence: its id, gold label, and whether the engine found the event.</summary>
    public sealed record Item(string Id, bool Gold, bool Predicted, string Text);

    public sealed record Result(string EventType, PrfScore Score, int Skipped, List<Item> Items);

    public static Result Run(string path, HadathEngine engine, Func<string, bool>? include = null)
    {
        using var reader = new StreamReader(path);
        var rows = CsvReader.Read(reader).ToList();
        if (rows.Count == 0) throw new FormatException($"{path}: empty file.");
        var header = rows[0];
        int Col(string name) => header.IndexOf(name) is var i && i >= 0 ? i : throw new FormatException($"{path}, line 1: no '{name}' column.");
        int idCol = Col("id"), labelCol = Col("label"), textCol = Col("text"), typeCol = Col("event_type");
        var items = new List<Item>();
        var skipped = 0;
        string? eventType = null;
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count <= Math.Max(textCol, Math.Max(labelCol, idCol))) continue;
            eventType ??= row[typeCol];
            var label = row[labelCol];
            if (label == "ambiguous" || (include is not null && !include(row[idCol])))
            {
                skipped++;
                continue;
            }
            var gold = label switch
            {
                "yes" => true,
                "easy no" or "difficult no" => false,
                _ => throw new FormatException($"{path}, record {r + 1}: unknown label '{label}'."),
            };
            var document = engine.Analyze(new ArticleRecord { Id = row[idCol], Text = row[textCol] });
            var predicted = document.Events.Any(e => e.Type == row[typeCol] && !e.Hypothetical && !e.Negated);
            items.Add(new Item(row[idCol], gold, predicted, row[textCol]));
        }
        int tp = items.Count(i => i.Gold && i.Predicted), fp = items.Count(i => !i.Gold && i.Predicted), fn = items.Count(i => i.Gold && !i.Predicted);
        return new Result(eventType ?? "?", PrfScore.From(tp, fp, fn), skipped, items);
    }
}
