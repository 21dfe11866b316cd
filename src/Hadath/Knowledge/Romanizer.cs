using System.Text;

namespace Hadath.Knowledge;

/// <summary>
/// English spelling of an Arabic name, word by word: the knowledge base's transliteration table (ANETAC) when it
/// knows the word, else a plain letter-by-letter romanisation. Gives NIL entities and dictionary actors an English
/// name a reader can recognise ("وائل عباس" → "Wael Abbas"); it does not claim to be the person's own spelling.
/// </summary>
public static class Romanizer
{
    // Name particles have settled English forms that a word-pair table gets wrong ("بن" → "Bn").
    private static readonly Dictionary<string, string> Particles = new(StringComparer.Ordinal)
    {
        [NameKeys.Exact("\u0628\u0646")] = "bin",                           // بن
        [NameKeys.Exact("\u0627\u0628\u0646")] = "ibn",                    // ابن
        [NameKeys.Exact("\u0628\u0646\u062A")] = "bint",                   // بنت
        [NameKeys.Exact("\u0623\u0628\u0648")] = "Abu",                    // أبو
        [NameKeys.Exact("\u0622\u0644")] = "Al",                            // آل
        [NameKeys.Exact("\u0639\u0628\u062F")] = "Abd",                    // عبد
    };

    /// <summary>English rendering of <paramref name="arabic"/> using <paramref name="table"/> (exact key → spelling).</summary>
    public static string ToEnglish(string arabic, IReadOnlyDictionary<string, string> table)
    {
        var words = NameKeys.Exact(arabic).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0) sb.Append(' ');
            if (NameKeys.IsLatinWord(w)) { sb.Append(char.ToUpperInvariant(w[0])).Append(w.AsSpan(1)); continue; }
            if (Particles.TryGetValue(w, out var particle)) { sb.Append(particle); continue; }
            if (table.TryGetValue(w, out var spelled)) { sb.Append(spelled); continue; }
            var bare = NameKeys.StripArticle(w);
            if (bare.Length < w.Length)
            {
                sb.Append("al-");
                sb.Append(table.TryGetValue(bare, out spelled) ? spelled : Letters(bare));
                continue;
            }
            sb.Append(Letters(w));
        }
        return sb.ToString();
    }

    /// <summary>Letter-by-letter romanisation of one normalised Arabic word, capitalised.</summary>
    public static string Letters(string word)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var first = i == 0;
            var last = i == word.Length - 1;
            sb.Append(c switch
            {
                '\u0627' => first ? "A" : "a",                 // ا
                '\u0628' => "b", '\u062A' => "t", '\u062B' => "th", '\u062C' => "j", '\u062D' => "h", '\u062E' => "kh",
                '\u062F' => "d", '\u0630' => "dh", '\u0631' => "r", '\u0632' => "z", '\u0633' => "s", '\u0634' => "sh",
                '\u0635' => "s", '\u0636' => "d", '\u0637' => "t", '\u0638' => "z", '\u0639' => first ? "A" : "a",
                '\u063A' => "gh", '\u0641' => "f", '\u0642' => "q", '\u0643' => "k", '\u0644' => "l", '\u0645' => "m",
                '\u0646' => "n", '\u0647' => last ? "a" : "h",  // final heh is a normalised teh marbuta
                '\u0648' => first ? "w" : "ou", '\u064A' => first ? "y" : last ? "i" : "ee", '\u0649' => "a",
                '\u0629' => "a", '\u0621' => "", _ => "",
            });
        }
        if (sb.Length == 0) return word;
        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }
}
