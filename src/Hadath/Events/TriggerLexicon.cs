using System.Globalization;
using Hadath.Text;

namespace Hadath.Events;

/// <summary>What a trigger phrase reports: PLOVER type, mode and how surely the phrase alone reports it.</summary>
/// <param name="PatientFirst">
/// The unmarked noun right after the phrase is who suffers the event, not who does it: "مقتل قائد" (the killing of a
/// commander), "قتلى من الميليشيات" (dead among the militias).
/// </param>
public sealed record TriggerSense(string Type, string? Mode, double Weight, bool PatientFirst = false);

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
            var patientFirst = row.Fields.Length > 4 && row[4] switch
            {
                "patient" => true,
                "" => false,
                _ => throw EmbeddedData.BadRow(file, row, $"fifth column '{row[4]}' must be 'patient' or empty"),
            };
            lexicon.Add(row[0], new TriggerSense(row[1], row[2] == "-" ? null : row[2], weight, patientFirst));
        }
        return lexicon;
    }
}
