using System.Globalization;
using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// Reads counts written as digits or Arabic number words (table <c>Events/Data/number-words.tsv</c>) in text
/// normalised with <see cref="NormalizationRules.ForMatching"/>.
/// </summary>
public static class ArabicNumbers
{
    private static readonly Dictionary<string, (int Value, bool Vague)> Table = Load();

    /// <summary>The count <paramref name="word"/> denotes ("17", "1,400", "ثلاثة", "مئات"), or null. Digits must be ASCII.</summary>
    public static int? Parse(string word)
    {
        if (word.Length == 0) return null;
        if (char.IsAsciiDigit(word[0]))
        {
            var digits = word.Replace(",", "", StringComparison.Ordinal);
            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }
        if (Table.TryGetValue(word, out var v)) return v.Value;
        // Accusative (tanween) spelling adds a final alef: "ثلاثا", "الفا".
        if (word.Length > 3 && word[^1] == ArabicLetters.Alef && Table.TryGetValue(word[..^1], out v)) return v.Value;
        return null;
    }

    /// <summary>True for a vague count word (عدة, عشرات, مئات, آلاف) rather than an exact number.</summary>
    public static bool IsVague(string word) => Table.TryGetValue(word, out var v) && v.Vague;

    private static Dictionary<string, (int, bool)> Load()
    {
        const string file = "number-words.tsv";
        var table = new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadTsv(file))
        {
            if (!int.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                throw EmbeddedData.BadRow(file, row, $"value '{row[1]}' is not a whole number");
            table[ArabicNormalizer.NormalizeKey(row[0])] = (value, row[2] == "1");
        }
        return table;
    }
}
