using System.Globalization;
using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// A learned sentence-level check for event types whose trigger words are often used without reporting an event
/// ("الهجوم على الحريات", "شعارات الثورة"): a logistic model per type over <see cref="EventFilterFeatures"/>, trained by
/// <c>hadath train-event-filter</c> on the tune half of the Arabic PLOVER gold sentences and shipped as
/// <c>Events/Data/event-filter.tsv</c> (rows: type, feature, weight; the row with feature <c>@threshold</c> holds the
/// probability below which a trigger of that type is dropped).
/// </summary>
public sealed class EventFilter
{
    /// <summary>Feature name of the per-type threshold row.</summary>
    public const string ThresholdRow = "@threshold";

    private readonly Dictionary<string, Dictionary<string, double>> _weights;
    private readonly Dictionary<string, double> _thresholds;

    public EventFilter(Dictionary<string, Dictionary<string, double>> weights, Dictionary<string, double> thresholds)
    {
        _weights = weights;
        _thresholds = thresholds;
    }

    /// <summary>The shipped model (empty when the table has no rows: then every event passes).</summary>
    public static EventFilter Default { get; } = Load();

    /// <summary>The event types the model covers.</summary>
    public IEnumerable<string> Types => _weights.Keys;

    /// <summary>Probability (0..1) that the sentence reports an event of <paramref name="type"/>, or null for a type the model does not cover.</summary>
    public double? Probability(string type, IReadOnlySet<string> features)
    {
        if (!_weights.TryGetValue(type, out var weights)) return null;
        var z = 0.0;
        foreach (var f in features)
            if (weights.TryGetValue(f, out var w)) z += w;
        return 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));
    }

    /// <summary>False when the model covers <paramref name="type"/> and rates the sentence below its threshold.</summary>
    public bool Accepts(string type, IReadOnlySet<string> features) =>
        Probability(type, features) is not { } p || p >= _thresholds.GetValueOrDefault(type, 0.5);

    /// <summary>Reads a model in the table format (used for the embedded table and by the trainer's tests).</summary>
    public static EventFilter Parse(IEnumerable<EmbeddedData.Row> rows, string file)
    {
        var weights = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!TriggerLexicon.PloverTypes.Contains(row[0])) throw EmbeddedData.BadRow(file, row, $"'{row[0]}' is not a PLOVER event type");
            if (!double.TryParse(row[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw EmbeddedData.BadRow(file, row, $"weight '{row[2]}' is not a number");
            if (row[1] == ThresholdRow) thresholds[row[0]] = value;
            else
            {
                if (!weights.TryGetValue(row[0], out var w)) weights[row[0]] = w = new Dictionary<string, double>(StringComparer.Ordinal);
                w[row[1]] = value;
            }
        }
        return new EventFilter(weights, thresholds);
    }

    private static EventFilter Load()
    {
        const string file = "event-filter.tsv";
        return Parse(EmbeddedData.ReadTsv(file), file);
    }
}
