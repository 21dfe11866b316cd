using System.Text.Json;
using Hadath.Text;

namespace Hadath.Knowledge.Build;

/// <summary>
/// How often each word (exact key) occurs in a news corpus, per million words. The builder uses it to keep common
/// words that happen to be place names ("بين", "عام", "الباب") out of the text scanner: a hamlet called "between"
/// is not what a news text means by it.
/// </summary>
internal sealed class WordFrequency
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private long _total;

    /// <summary>Words counted.</summary>
    public long Total => _total;

    /// <summary>An empty table: every word counts as rare.</summary>
    public static WordFrequency Empty { get; } = new();

    /// <summary>Counts the title and text of every article of a JSONL news file (ANT format: "title", "text").</summary>
    public static WordFrequency FromJsonl(string path, int maxArticles = int.MaxValue)
    {
        var f = new WordFrequency();
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            if (++n > maxArticles) break;
            using var doc = JsonDocument.Parse(line);
            foreach (var field in (ReadOnlySpan<string>)["title", "text"])
                if (doc.RootElement.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String)
                    f.Add(v.GetString()!);
        }
        return f;
    }

    private void Add(string text)
    {
        foreach (var (_, _, word) in NameKeys.Words(ArabicNormalizer.NormalizeKey(text)))
        {
            _counts[word] = _counts.GetValueOrDefault(word) + 1;
            _total++;
        }
    }

    /// <summary>The words seen at least <paramref name="perMillion"/> times per million words, with that rate.</summary>
    public Dictionary<string, int> Frequent(double perMillion) =>
        _total == 0 ? new(StringComparer.Ordinal)
        : _counts.Where(p => p.Value * 1_000_000.0 / _total >= perMillion)
            .ToDictionary(p => p.Key, p => (int)Math.Round(p.Value * 1_000_000.0 / _total), StringComparer.Ordinal);

    /// <summary>Occurrences of the exact-key word <paramref name="word"/> per million words (0 when the table is empty).</summary>
    public double PerMillion(string word) =>
        _total == 0 ? 0 : _counts.GetValueOrDefault(word) * 1_000_000.0 / _total;
}
