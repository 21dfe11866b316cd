using Hadath.Text;

namespace Hadath.Events;

/// <summary>Prepositions and particles the argument rules read (table <c>Events/Data/function-words.tsv</c>).</summary>
internal static class FunctionWords
{
    private static readonly Dictionary<string, string> Single = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> Pairs = new(StringComparer.Ordinal);

    static FunctionWords()
    {
        foreach (var row in EmbeddedData.ReadTsv("function-words.tsv"))
        {
            var key = ArabicNormalizer.NormalizeKey(row[0]);
            (key.Contains(' ') ? Pairs : Single)[key] = row[1];
        }
    }

    /// <summary>The class of the word (or two-word phrase) ending just before token <paramref name="at"/>, or null.</summary>
    public static string? ClassBefore(IReadOnlyList<string> words, int at)
    {
        if (at >= 2 && Pairs.TryGetValue(words[at - 2] + " " + words[at - 1], out var pair)) return pair;
        if (at >= 1 && Single.TryGetValue(words[at - 1], out var one)) return one;
        return null;
    }

    /// <summary>The class of the word itself, or null.</summary>
    public static string? ClassOf(string word) => Single.GetValueOrDefault(word);

    /// <summary>The class of a preposition glued to the token's front ("بدمشق", "لسوريا"), or null.</summary>
    public static string? GluedClass(string token, int prefixLength)
    {
        if (prefixLength <= 0 || prefixLength > token.Length) return null;
        var prefix = token[..prefixLength].TrimStart(ArabicLetters.Waw, ArabicLetters.Feh);
        return prefix.Length == 0 ? null : prefix[0] == ArabicLetters.Beh ? "place" : prefix[0] == ArabicLetters.Lam ? "with" : null;
    }
}
