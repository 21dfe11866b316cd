using Hadath.Text;

namespace Hadath.Knowledge;

/// <summary>
/// Rejects a match when the text writes a distinction the name does not have. The matching view folds hamza
/// seats, teh marbuta and the article away so that careless spellings still match; but a writer who wrote
/// "بأنه" (that it), "وأن" (and that), "فأس" (axe) or "منزله" (his house) wrote hamza or heh on purpose, and those
/// words are not the places "بانه" (Baneh), "وان" (Van), "فاس" (Fes) or "منزلة" (Manzala). Likewise a word with
/// the article ("السورية", the Syrian) is not a name without it ("سورية", Syria), while the reverse is a normal
/// short form ("سويدا" for "السويداء").
/// </summary>
internal static class SpellingCheck
{
    private const char Alef = ArabicLetters.Alef, TehMarbuta = ArabicLetters.TehMarbuta, Heh = ArabicLetters.Heh;

    /// <summary>Words of <paramref name="text"/> with hamza, teh marbuta and alef maksura kept (harakat etc. removed).</summary>
    public static string[] OrthographicWords(string text) =>
        NameKeys.Words(ArabicNormalizer.NormalizeKey(text, NormalizationRules.Orthographic)).Select(w => w.Text).ToArray();

    /// <summary>
    /// True when the text words may be a spelling of the name words (same count; Latin words always pass). Letters
    /// are compared only when <paramref name="lettersMatter"/>: for a one-word match on a common word, where the
    /// collision happens; names from the sources often drop hamza, and a careful text must still match them.
    /// </summary>
    public static bool Compatible(IReadOnlyList<string> textWords, IReadOnlyList<string> nameWords, bool lettersMatter)
    {
        if (textWords.Count != nameWords.Count) return false;
        for (var i = 0; i < textWords.Count; i++)
            if (!WordCompatible(textWords[i], nameWords[i], lettersMatter)) return false;
        return true;
    }

    private static bool WordCompatible(string t, string n, bool lettersMatter)
    {
        if (t.Length == 0 || NameKeys.IsLatinWord(t) || NameKeys.IsLatinWord(n)) return true;
        var tArticle = HasArticle(t);
        if (tArticle && !HasArticle(n)) return false;
        if (tArticle) t = t[2..];
        if (HasArticle(n)) n = n[2..];
        if (!lettersMatter || t.Length != n.Length) return true; // other loose variation (اء/ا): no letter-by-letter check
        for (var i = 0; i < t.Length; i++)
        {
            var a = t[i];
            var b = n[i];
            if (a is ArabicLetters.AlefHamzaAbove or ArabicLetters.AlefHamzaBelow or ArabicLetters.AlefMadda && b == Alef) return false;
            if (a is ArabicLetters.WawHamza && b == ArabicLetters.Waw || a is ArabicLetters.YehHamza && b == ArabicLetters.Yeh) return false;
            if (i == t.Length - 1 && (a == Heh && b == TehMarbuta || a == TehMarbuta && b == Heh)) return false;
        }
        return true;
    }

    private static bool HasArticle(string w) => w.Length >= 4 && NameKeys.StripArticle(
        w.Replace(ArabicLetters.AlefHamzaAbove, Alef).Replace(ArabicLetters.AlefHamzaBelow, Alef).Replace(ArabicLetters.AlefMadda, Alef)).Length < w.Length;
}
