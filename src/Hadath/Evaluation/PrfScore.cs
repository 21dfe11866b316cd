namespace Hadath.Evaluation;

/// <summary>
/// Precision, recall and F1 from true-positive, false-positive and false-negative counts, each rounded to 4 decimals
/// as the Python scorer's <c>prf</c> does (F1 from the unrounded P and R; 0.0 when undefined).
/// </summary>
public sealed record PrfScore(double P, double R, double F1, int Tp, int Fp, int Fn)
{
    /// <summary>Scores from counts (Python's <c>prf(tp, fp, fn)</c>).</summary>
    public static PrfScore From(int tp, int fp, int fn)
    {
        var p = tp + fp != 0 ? (double)tp / (tp + fp) : 0.0;
        var r = tp + fn != 0 ? (double)tp / (tp + fn) : 0.0;
        // Same operation order as Python's 2 * p * r / (p + r), so the unrounded double is bit-identical.
        var f1 = p + r != 0 ? PythonFloat.Round(2 * p * r / (p + r), 4) : 0.0;
        return new PrfScore(PythonFloat.Round(p, 4), PythonFloat.Round(r, 4), f1, tp, fp, fn);
    }
}
