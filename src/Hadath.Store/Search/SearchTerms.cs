using System.Text;
using Hadath.Text;

namespace Hadath.Store.Search;

/// <summary>
/// The words the full-text index holds, and how a query is turned into the same words: text normalised for
/// matching (<see cref="ArabicNormalizer.NormalizeKey"/>: hamza seats, alef forms, teh marbuta, alef maksura,
/// harakat, tatweel) and each Arabic word stripped of its proclitics (<see cref="CliticVariants"/>: و ف, ب ل ك,
/// the article). Both sides go through the same function, so "والرئيس" in a text is found by "رئيس" or "الرئيس".
/// One term per word, in order, so phrase queries still work.
/// </summary>
public static class SearchTerms
{
    /// <summary>The index terms of <paramref name="text"/>, space-separated.</summary>
    public static string ForIndex(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var term in Terms(text))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(term);
        }
        return sb.ToString();
    }

    /// <summary>The terms of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> Terms(string text) => Words(text).Select(Stem);

    /// <summary>
    /// A query as phrases that must all match: each unquoted word is a phrase of one position, each "quoted
    /// phrase" one phrase; each position lists the index terms that may stand there. A text word's term is its most
    /// stripped form, and stripping is greedy ("لبنان" loses its ل like a preposition, "بلبنان" only its ب), so a
    /// query word may match any of its own stripped forms. Empty when the query has no word.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> ParseQuery(string query)
    {
        var phrases = new List<IReadOnlyList<IReadOnlyList<string>>>();
        var parts = query.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var words = Words(parts[i]).Select(Alternatives).ToList();
            if (words.Count == 0) continue;
            if (i % 2 == 1) phrases.Add(words);           // inside quotes: a phrase
            else phrases.AddRange(words.Select(w => (IReadOnlyList<IReadOnlyList<string>>)[w]));
        }
        return phrases;
    }

    private static IEnumerable<string> Words(string text)
    {
        var key = ArabicNormalizer.NormalizeKey(text);
        var start = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            var inWord = i < key.Length && char.IsLetterOrDigit(key[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return key[start..i];
                start = -1;
            }
        }
    }

    // Every form the index may hold for a word spelled like this one: its own stripped forms, and theirs again
    // ("بلبنان" → "لبنان" → "بنان", the term a bare "لبنان" is indexed under).
    private static IReadOnlyList<string> Alternatives(string word) =>
        IsArabic(word[0]) ? CliticVariants.Of(word).SelectMany(CliticVariants.Of).Distinct().ToList() : [word.ToLowerInvariant()];

    /// <summary>A name folded for comparison: normalised like search terms, lower case, single spaces.</summary>
    public static string FoldName(string name)
    {
        var key = ArabicNormalizer.NormalizeKey(name).ToLowerInvariant();
        var sb = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }

    private static string Stem(string word)
    {
        if (!IsArabic(word[0])) return word.ToLowerInvariant();
        var stem = word;
        foreach (var candidate in CliticVariants.Of(word)) stem = candidate; // the last is the most stripped
        return stem;
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F';
}
