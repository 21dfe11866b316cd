using static Hadath.Text.ArabicLetters;

namespace Hadath.Text;

/// <summary>The Arabic clitics the segmenter knows, spelled from named letters.</summary>
internal static class Clitics
{
    /// <summary>Pronoun suffixes, longest first so هما is tried before ها and ه.</summary>
    public static readonly string[] Enclitics =
    [
        $"{Heh}{Meem}{Alef}", $"{Kaf}{Meem}{Alef}",                       // هما كما: dual
        $"{Heh}{Meem}", $"{Heh}{Noon}", $"{Kaf}{Meem}", $"{Kaf}{Noon}",   // هم هن كم كن: plural
        $"{Heh}{Alef}", $"{Noon}{Alef}", $"{Noon}{Yeh}",                  // ها نا ني
        $"{Heh}", $"{Kaf}", $"{Yeh}",                                     // ه ك ي
    ];

    /// <summary>
    /// Third-person suffixes (ه ها هم هما هن): the ones news text attaches to nouns and verbs. The others
    /// (ك كم ي ني نا) are split only after prepositions and particles, because on other words they are
    /// usually part of the word: the nisba ending ي (عربي), verb subject نا (أطلقنا), final ك (بنك).
    /// </summary>
    public static bool IsThirdPerson(ReadOnlySpan<char> enclitic) => enclitic.Length > 0 && enclitic[0] == Heh;

    /// <summary>True when <paramref name="text"/> is one of <see cref="Enclitics"/>.</summary>
    public static bool IsEnclitic(ReadOnlySpan<char> text)
    {
        foreach (var e in Enclitics)
            if (text.SequenceEqual(e)) return true;
        return false;
    }

    /// <summary>و "and", ف "so, then".</summary>
    public static bool IsConjunction(char c) => c is Waw or Feh;

    /// <summary>ب "with, by", ل "for, to", ك "like".</summary>
    public static bool IsPreposition(char c) => c is Beh or Lam or Kaf;

    /// <summary>The future particle س attaches only to imperfect verbs, which begin with ي ت ن or أ.</summary>
    public static bool IsImperfectPrefix(char c) => c is Yeh or Teh or Noon or AlefHamzaAbove;

    /// <summary>True when <paramref name="word"/> begins with the article ال.</summary>
    public static bool HasArticle(ReadOnlySpan<char> word) => word.Length > 2 && word[0] == Alef && word[1] == Lam;

    /// <summary>
    /// True when <paramref name="word"/> has the article after any proclitics (الحكومة, والحكومة, بالحكومة,
    /// للحكومة): a definite noun takes no possessive pronoun, so its final ه or ها is its own.
    /// </summary>
    public static bool HasArticleAfterProclitics(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && IsConjunction(word[0]) && !HasArticle(word)) word = word[1..];
        if (HasArticle(word)) return true;
        return word.Length > 3 && IsPreposition(word[0]) && (HasArticle(word[1..]) || (word[0] == Lam && word[1] == Lam));
    }

    /// <summary>The article ال, for spelling the stem of لل (li + al-).</summary>
    public const string Article = "\u0627\u0644";
}
