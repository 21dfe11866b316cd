using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// Finds listed phrases in a sequence of normalised words whose clitics may still be attached. Each phrase word
/// matches a text word when one of the word's <see cref="CliticVariants"/> equals it, or, for a phrase word ending
/// in *, starts with it and adds at most <see cref="MaxEnding"/> letters (plural, feminine, case endings).
/// At each position the longest phrase wins.
/// </summary>
public sealed class PhraseLexicon<T>
{
    /// <summary>Most letters a starred phrase word may add: "اشتباك*" takes اشتباكات (+2) but not longer words.</summary>
    public const int MaxEnding = 4;

    private readonly Dictionary<string, List<Phrase>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>> _byFirstStem = new(StringComparer.Ordinal);
    private int _longestStem;

    private sealed record Phrase(string[] Words, T Value);

    /// <summary>A match: words <c>[Start, Start + Length)</c> of the searched sequence spell a phrase with <see cref="Value"/>.</summary>
    public readonly record struct Match(int Start, int Length, T Value);

    /// <summary>Adds <paramref name="phrase"/> (any spelling; normalised here) with its value.</summary>
    public void Add(string phrase, T value)
    {
        var words = ArabicNormalizer.NormalizeKey(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new ArgumentException("Empty phrase.", nameof(phrase));
        var entry = new Phrase(words, value);
        var first = words[0];
        if (first.EndsWith('*'))
        {
            var stem = first[..^1];
            Index(_byFirstStem, stem, entry);
            _longestStem = Math.Max(_longestStem, stem.Length);
        }
        else Index(_byFirstWord, first, entry);
    }

    /// <summary>The longest phrase starting at word <paramref name="start"/>, if any.</summary>
    public Match? MatchAt(IReadOnlyList<string> words, int start)
    {
        Match? best = null;
        foreach (var variant in CliticVariants.Of(words[start]))
        {
            if (_byFirstWord.TryGetValue(variant, out var exact)) Consider(exact);
            // Looked up by span: this runs for every word of every sentence, and substrings were most of its allocation.
            var stems = _byFirstStem.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var cut = Math.Max(1, variant.Length - MaxEnding); cut <= Math.Min(variant.Length, _longestStem); cut++)
                if (stems.TryGetValue(variant.AsSpan(0, cut), out var starred)) Consider(starred);
        }
        return best;

        void Consider(List<Phrase> phrases)
        {
            foreach (var phrase in phrases)
            {
                if (best is { } b && b.Length >= phrase.Words.Length) continue;
                if (start + phrase.Words.Length > words.Count) continue;
                var all = true;
                for (var k = 1; k < phrase.Words.Length && all; k++)
                    all = WordMatches(words[start + k], phrase.Words[k]);
                if (all) best = new Match(start, phrase.Words.Length, phrase.Value);
            }
        }
    }

    /// <summary>Every non-overlapping longest match, scanning left to right.</summary>
    public List<Match> FindAll(IReadOnlyList<string> words)
    {
        var found = new List<Match>();
        for (var i = 0; i < words.Count; i++)
        {
            if (MatchAt(words, i) is not { } m) continue;
            found.Add(m);
            i += m.Length - 1;
        }
        return found;
    }

    private static bool WordMatches(string word, string pattern)
    {
        var starred = pattern.EndsWith('*');
        var stem = starred ? pattern[..^1] : pattern;
        foreach (var variant in CliticVariants.Of(word))
        {
            if (!starred ? variant == stem
                : variant.StartsWith(stem, StringComparison.Ordinal) && variant.Length - stem.Length <= MaxEnding)
                return true;
        }
        return false;
    }

    private static void Index(Dictionary<string, List<Phrase>> index, string key, Phrase phrase)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(phrase);
    }
}
