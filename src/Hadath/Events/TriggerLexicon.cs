using System.Globalization;
using Hadath.Text;

namespace Hadath.Events;

/// <summary>What a trigger phrase reports: PLOVER type, mode and how surely the phrase alone reports it.</summary>
public sealed record TriggerSense(string Type, string? Mode, double Weight);

/// <summary>The event-trigger vocabulary, table <c>Events/Data/event-triggers.tsv</c>.</summary>
public static class TriggerLexicon
{
    /// <summary>The PLOVER 2.0 event types.</summary>
    public static readonly IReadOnlySet<string> PloverTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    };

    /// <summary>The loaded lexicon (built once).</summary>
    public static PhraseLexicon<TriggerSense> Default { get; } = Load();

    private static PhraseLexicon<TriggerSense> Load()
    {
        const string file = "event-triggers.tsv";
        var lexicon = new PhraseLexicon<TriggerSense>();
        foreach (var row in EmbeddedData.ReadTsv(file))
        {
            if (!PloverTypes.Contains(row[1])) throw EmbeddedData.BadRow(file, row, $"'{row[1]}' is not a PLOVER event type");
            if (!double.TryParse(row[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight is < 0 or > 1)
                throw EmbeddedData.BadRow(file, row, $"weight '{row[3]}' is not a number between 0 and 1");
            lexicon.Add(row[0], new TriggerSense(row[1], row[2] == "-" ? null : row[2], weight));
        }
        return lexicon;
    }
}
