using System.Globalization;
using System.Text;

namespace Hadath.Tagging;

/// <summary>
/// Entity-level exact-match scoring as conlleval computes it: a predicted chunk counts only when its start,
/// end and type equal a gold chunk's; chunks are read with <see cref="EntitySpans.FromTags"/>.
/// </summary>
public sealed class NerEvaluation
{
    private readonly SortedDictionary<string, (int Tp, int Fp, int Fn)> _byType = new(StringComparer.Ordinal);

    public int Tokens { get; private set; }
    public int CorrectTags { get; private set; }

    /// <summary>Adds one sentence's gold and predicted tags (same length).</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
            throw new ArgumentException($"{gold.Count} gold tags but {predicted.Count} predicted.");
        Tokens += gold.Count;
        for (var i = 0; i < gold.Count; i++) if (gold[i] == predicted[i]) CorrectTags++;
        var g = EntitySpans.FromTags(gold).ToHashSet();
        var p = EntitySpans.FromTags(predicted).ToHashSet();
        foreach (var s in p) Bump(s.Type, g.Contains(s) ? 1 : 0, g.Contains(s) ? 0 : 1, 0);
        foreach (var s in g) if (!p.Contains(s)) Bump(s.Type, 0, 0, 1);
    }

    private void Bump(string type, int tp, int fp, int fn)
    {
        var (a, b, c) = _byType.GetValueOrDefault(type);
        _byType[type] = (a + tp, b + fp, c + fn);
    }

    /// <summary>Entity types seen in gold or predictions, ordinal order.</summary>
    public IReadOnlyCollection<string> TypesSeen => _byType.Keys;

    /// <summary>(precision, recall, F1) in percent for <paramref name="type"/>, or over all types when null.</summary>
    public (double Precision, double Recall, double F1) Score(string? type = null)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (t, v) in _byType)
            if (type is null || t == type) { tp += v.Tp; fp += v.Fp; fn += v.Fn; }
        var precision = tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>A conlleval-style table: accuracy, overall and per-type precision/recall/F1.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        var (p, r, f) = Score();
        var found = _byType.Values.Sum(v => v.Tp + v.Fp);
        var goldCount = _byType.Values.Sum(v => v.Tp + v.Fn);
        var correct = _byType.Values.Sum(v => v.Tp);
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"processed {Tokens} tokens with {goldCount} phrases; found: {found} phrases; correct: {correct}."));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"accuracy: {(Tokens == 0 ? 0 : 100.0 * CorrectTags / Tokens),6:F2}%; precision: {p,6:F2}%; recall: {r,6:F2}%; FB1: {f,6:F2}"));
        foreach (var (type, v) in _byType)
        {
            var (tp, tr, tf) = Score(type);
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{type,17}: precision: {tp,6:F2}%; recall: {tr,6:F2}%; FB1: {tf,6:F2}  {v.Tp + v.Fp}"));
        }
        return text.ToString();
    }
}
