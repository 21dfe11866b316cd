using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// Reads reported dead, injured and arrested counts from a sentence's normalised words: a count next to a casualty
/// word (table <c>Events/Data/casualty-words.tsv</c>): "مقتل 9 مدنيين" (after), "17 قتيلا" (before),
/// "مقتل مئات الأشخاص" (vague: 100).
/// </summary>
public static class CasualtyCounter
{
    private sealed record CasualtyWord(string What, bool CountAfter);

    /// <summary>How many words may separate a count from its casualty word ("16 مدنيا على الأقل قتلوا").</summary>
    private const int Reach = 4;

    private static readonly PhraseLexicon<CasualtyWord> Words = Load();

    /// <summary>The counts reported in <paramref name="words"/> between word <paramref name="from"/> and <paramref name="to"/> (exclusive).</summary>
    public static EventSize Count(IReadOnlyList<string> words, int from, int to)
    {
        int? dead = null, injured = null, arrested = null;
        for (var i = from; i < to; i++)
        {
            if (Words.MatchAt(words, i) is not { } m) continue;
            var count = m.Value.CountAfter ? NumberAfter(words, m.Start + m.Length, to) : NumberBefore(words, m.Start, from);
            if (count is null) continue;
            switch (m.Value.What)
            {
                case "dead": dead ??= count; break;
                case "injured": injured ??= count; break;
                case "arrested": arrested ??= count; break;
            }
            i += m.Length - 1;
        }
        return dead is null && injured is null && arrested is null ? EventSize.None : new EventSize(dead, injured, arrested);
    }

    private static int? NumberAfter(IReadOnlyList<string> words, int start, int end)
    {
        for (var i = start; i < Math.Min(end, start + Reach); i++)
            if (ArabicNumbers.Parse(words[i]) is { } n && !IsYear(words, i, n)) return n;
        return null;
    }

    private static int? NumberBefore(IReadOnlyList<string> words, int start, int begin)
    {
        for (var i = start - 1; i >= Math.Max(begin, start - Reach); i--)
            if (ArabicNumbers.Parse(words[i]) is { } n && !IsYear(words, i, n)) return n;
        return null;
    }

    /// <summary>"منذ 2011" or "عام 2018" is a date, not a count.</summary>
    private static bool IsYear(IReadOnlyList<string> words, int i, int n) =>
        n is >= 1900 and <= 2100 && words[i].Length == 4;

    private static PhraseLexicon<CasualtyWord> Load()
    {
        const string file = "casualty-words.tsv";
        var lexicon = new PhraseLexicon<CasualtyWord>();
        foreach (var row in EmbeddedData.ReadTsv(file))
        {
            if (row[1] is not ("dead" or "injured" or "arrested")) throw EmbeddedData.BadRow(file, row, $"'{row[1]}' is not dead, injured or arrested");
            if (row[2] is not ("after" or "before")) throw EmbeddedData.BadRow(file, row, $"'{row[2]}' is not after or before");
            lexicon.Add(row[0], new CasualtyWord(row[1], row[2] == "after"));
        }
        return lexicon;
    }
}
