namespace Hadath.Knowledge;

/// <summary>
/// Proclitics that attach to a name in Arabic script: the conjunctions و ف, then the prepositions ب ل ك. ل before
/// the article loses the article's alef ("للدروز" = ل + الدروز), so that case gives back "ال" + rest.
/// Works on exact-key (normalised) words.
/// </summary>
public static class Clitics
{
    private const char Waw = '\u0648', Feh = '\u0641', Beh = '\u0628', Lam = '\u0644', Kaf = '\u0643', Alef = '\u0627';

    /// <summary>Shortest stem kept: a proclitic is only split off when at least this many letters remain.</summary>
    public const int MinStem = 3;

    /// <summary>
    /// The readings of <paramref name="word"/> as (stem, number of leading characters of the word that are clitics),
    /// the word itself first, then with fewer clitics before more. "وللدروز" → (وللدروز, 0), (للدروز, 1), (الدروز, 2).
    /// </summary>
    public static List<(string Stem, int Prefix)> Stems(string word)
    {
        var stems = new List<(string, int)>(4) { (word, 0) };
        if (word.Length == 0 || NameKeys.IsLatinWord(word)) return stems;
        AddPrepositions(word, 0);
        if (word[0] is Waw or Feh && word.Length - 1 >= MinStem)
        {
            stems.Add((word[1..], 1));
            AddPrepositions(word[1..], 1);
        }
        return stems;

        void AddPrepositions(string w, int offset)
        {
            if (w.Length < 2 || w[0] is not (Beh or Lam or Kaf)) return;
            if (w[0] == Lam && w[1] == Lam && w.Length - 1 >= MinStem)
                stems.Add((Alef + w[1..], offset + 1)); // ل + الX written لـلX
            else if (w.Length - 1 >= MinStem)
                stems.Add((w[1..], offset + 1));
        }
    }
}
