namespace Hadath.Tagging;

/// <summary>
/// Light proclitic stripping on <see cref="TokenForms.Key"/> spellings, for features and gazetteer lookups:
/// "وبالعراق" gives clitics "وب" and stem "العراق". Keeps the article, which is part of names ("العراق"),
/// and restores the article's alef that orthography drops after the preposition lam ("للعراق" = ل + العراق).
/// </summary>
internal static class ArabicAffixes
{
    private const char Waw = '\u0648', Feh = '\u0641', Beh = '\u0628', Lam = '\u0644', Kaf = '\u0643', Alef = '\u0627';

    // Longest first: conjunction (و ف) optionally followed by a preposition (ب ل ك).
    private static readonly string[] Proclitics =
    [
        $"{Waw}{Beh}", $"{Waw}{Lam}", $"{Waw}{Kaf}", $"{Feh}{Beh}", $"{Feh}{Lam}", $"{Feh}{Kaf}",
        $"{Waw}", $"{Feh}", $"{Beh}", $"{Lam}", $"{Kaf}",
    ];

    /// <summary>Splits <paramref name="key"/> into proclitics and stem; stem == key and clitics == "" when nothing strips.</summary>
    /// <remarks>Requires three letters left, so short words ("بل", "لم", "كم") are not taken apart.</remarks>
    public static (string Clitics, string Stem) StripProclitics(string key)
    {
        foreach (var p in Proclitics)
        {
            if (key.Length - p.Length < 3 || !key.StartsWith(p, StringComparison.Ordinal)) continue;
            var rest = key[p.Length..];
            if (p[^1] == Lam && rest[0] == Lam) rest = Alef + rest; // ل + الـ is written لل
            return (p, rest);
        }
        return ("", key);
    }

    /// <summary>The stem without the article "ال" when it has one and at least two letters remain.</summary>
    public static string WithoutArticle(string stem) =>
        stem.Length >= 4 && stem[0] == Alef && stem[1] == Lam ? stem[2..] : stem;
}
