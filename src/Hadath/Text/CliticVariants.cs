namespace Hadath.Text;

/// <summary>
/// The spellings a lexicon should try for one normalised word whose clitics may still be attached:
/// the word itself, then without a conjunction (و ف), a preposition (ب ل ك) and the article (ال, or ل after ل).
/// Lexicon lookups take the first candidate found, so a listed whole word ("ولاية") wins over a split ("و"+"لاية").
/// </summary>
public static class CliticVariants
{
    private const int MinStem = 2;

    /// <summary>Candidate keys, longest first; always starts with <paramref name="word"/> itself.</summary>
    public static IEnumerable<string> Of(string word)
    {
        yield return word;
        var rest = word;
        if (rest.Length > MinStem + 1 && rest[0] is ArabicLetters.Waw or ArabicLetters.Feh)
        {
            rest = rest[1..];
            yield return rest;
        }
        if (rest.Length > MinStem + 1 && rest[0] is ArabicLetters.Beh or ArabicLetters.Lam or ArabicLetters.Kaf)
        {
            // "لل" is the preposition ل before the article ال with its alef dropped: للدروز = ل + الدروز.
            if (rest[0] == ArabicLetters.Lam && rest.Length > MinStem + 2 && rest[1] == ArabicLetters.Lam)
            {
                var withArticle = string.Concat(ArabicLetters.Alef.ToString(), rest[1..]);
                yield return withArticle;
                yield return rest[2..];
                yield break;
            }
            rest = rest[1..];
            yield return rest;
        }
        if (rest.Length > MinStem + 2 && rest[0] == ArabicLetters.Alef && rest[1] == ArabicLetters.Lam)
            yield return rest[2..];
    }

    /// <summary>The first candidate of <paramref name="word"/> that <paramref name="lookup"/> accepts, with its value.</summary>
    public static bool TryLookup<T>(string word, IReadOnlyDictionary<string, T> lookup, out string key, out T value)
    {
        foreach (var candidate in Of(word))
        {
            if (lookup.TryGetValue(candidate, out value!))
            {
                key = candidate;
                return true;
            }
        }
        key = "";
        value = default!;
        return false;
    }
}
