using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// The sparse features <see cref="EventFilter"/> reads from one sentence: each word without its clitics
/// (<c>w:</c>), its first four letters as a crude stem that joins plural and verb forms (<c>p:</c>), and each pair of
/// neighbouring words (<c>b:</c>), so "اطلاق النار" and "قتل مدني" count as units.
/// </summary>
public static class EventFilterFeatures
{
    /// <summary>Always present, so the model learns a base rate.</summary>
    public const string Bias = "bias";

    /// <summary>How many words either side of a trigger the model reads: the trigger's clause, not the whole sentence,
    /// whose length and topic vary too much between news sources for a model trained on a few hundred sentences.</summary>
    public const int Window = 6;

    /// <summary>
    /// The distinct features of the words within <see cref="Window"/> of the triggers at <paramref name="triggers"/>
    /// (word index, length) in a sentence given as normalised words (<see cref="SentenceView.Keys"/>), plus each trigger's
    /// own stem (<c>t:</c>).
    /// </summary>
    public static HashSet<string> Of(IReadOnlyList<string> keys, IEnumerable<(int Start, int Length)> triggers)
    {
        var features = new HashSet<string>(StringComparer.Ordinal) { Bias };
        var read = new bool[keys.Count];
        foreach (var (start, length) in triggers)
        {
            features.Add("t:" + string.Join('_', Enumerable.Range(start, length).Select(i => Stem(keys[i]))));
            for (var i = Math.Max(0, start - Window); i < Math.Min(keys.Count, start + length + Window); i++) read[i] = true;
        }
        string? previous = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (!read[i])
            {
                previous = null;
                continue;
            }
            if (!IsWord(key))
            {
                previous = null;
                continue;
            }
            var stem = Stem(key);
            features.Add("w:" + stem);
            if (stem.Length > 4) features.Add("p:" + stem[..4]);
            if (previous is not null) features.Add("b:" + previous + "_" + stem);
            previous = stem;
        }
        return features;
    }

    /// <summary>The shortest clitic variant: "والقصف" becomes "قصف".</summary>
    private static string Stem(string key) => CliticVariants.Of(key).Last();

    /// <summary>Punctuation and digits carry no lexical signal; numbers are too varied to learn from a few hundred sentences.</summary>
    private static bool IsWord(string key)
    {
        foreach (var c in key)
            if (char.IsLetter(c)) return true;
        return false;
    }
}
