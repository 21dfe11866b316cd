using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// Marks events that are planned, conditional or denied (table <c>Events/Data/modality-cues.tsv</c>):
/// "من المقرر أن يلتقي" is hypothetical, "لم يلاحظ أي تعزيزات" negated.
/// </summary>
public static class ModalityCues
{
    private sealed record Cue(bool Negated, bool After);

    /// <summary>How far before a trigger a cue still governs it, in words.</summary>
    private const int ReachBefore = 5;

    private static readonly PhraseLexicon<Cue> Cues = Load();

    /// <summary>(hypothetical, negated) for the trigger at words <c>[start, end)</c>, looking at words from <paramref name="clauseStart"/>.</summary>
    public static (bool Hypothetical, bool Negated) Of(IReadOnlyList<string> words, int start, int end, int clauseStart)
    {
        bool hypothetical = false, negated = false;
        for (var i = Math.Max(clauseStart, start - ReachBefore); i < Math.Min(words.Count, end + 2); i++)
        {
            if (i >= start && i < end) continue;
            if (Cues.MatchAt(words, i) is not { } m) continue;
            if (m.Value.After != (i >= end)) continue;
            if (m.Value.Negated) negated = true;
            else hypothetical = true;
        }
        return (hypothetical, negated);
    }

    private static PhraseLexicon<Cue> Load()
    {
        const string file = "modality-cues.tsv";
        var lexicon = new PhraseLexicon<Cue>();
        foreach (var row in EmbeddedData.ReadTsv(file))
        {
            if (row[1] is not ("hypothetical" or "negated")) throw EmbeddedData.BadRow(file, row, $"'{row[1]}' is not hypothetical or negated");
            lexicon.Add(row[0], new Cue(row[1] == "negated", row[2] == "after"));
        }
        return lexicon;
    }
}
