namespace Hadath.Knowledge.Build;

/// <summary>
/// ANETAC English–Arabic named-entity pairs ("PERSON Bashar بشار"), one word each, turned into an Arabic word →
/// English spelling table: the most frequent English spelling of each Arabic word (ties: first seen). Used to give
/// English names to actors and NIL entities the other sources name only in Arabic.
/// </summary>
internal static class AnetacSource
{
    /// <summary>The transliteration table, and the exact keys of every Arabic word ANETAC classes as PERSON.</summary>
    public static (Dictionary<string, string> Translit, HashSet<string> PersonWords) Read(string gazetteers)
    {
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        var path = Path.Combine(gazetteers, "anetac", "EN-AR NE", "EN-AR Named-entities.txt");
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 || !parts[1].All(char.IsAsciiLetter)) continue;
            var key = NameKeys.Exact(parts[2]);
            if (key.Length < 2 || key.Contains(' ') || NameKeys.IsLatinWord(key)) continue;
            if (!counts.TryGetValue(key, out var spellings)) counts[key] = spellings = new(StringComparer.Ordinal);
            spellings[parts[1]] = spellings.GetValueOrDefault(parts[1]) + 1;
            if (parts[0] == "PERSON") personWords.Add(key);
        }
        return (counts.ToDictionary(p => p.Key, p => p.Value.MaxBy(s => s.Value).Key, StringComparer.Ordinal), personWords);
    }
}
