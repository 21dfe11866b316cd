namespace Hadath.Evaluation;

/// <summary>Counts behind precision, recall and F1: gold items, predicted items, and predicted items that match a gold one.</summary>
public readonly record struct PrfCounts(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / Predicted, 0..1 (1 when nothing was predicted and nothing was expected).</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Correct / Predicted;

    /// <summary>Correct / Gold, 0..1.</summary>
    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall, 0..1.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrfCounts operator +(PrfCounts a, PrfCounts b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);
}
