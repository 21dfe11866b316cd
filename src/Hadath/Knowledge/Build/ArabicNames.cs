using Hadath.Text;

namespace Hadath.Knowledge.Build;

/// <summary>Checks on Arabic-script names from multilingual sources (GeoNames, countrystatecity).</summary>
internal static class ArabicNames
{
    /// <summary>
    /// True when <paramref name="name"/> is written in Arabic letters only (spaces, hyphens and harakat allowed) and
    /// uses none of the letters only Persian, Urdu or Kurdish spell with (پ چ ژ گ ڕ ە ێ ۆ ھ …): those names are
    /// not how Arabic news writes a place, and keeping them would only add noise.
    /// </summary>
    public static bool IsArabic(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (c is ' ' or '-' or '\'' || ArabicNormalizer.IsHaraka(c) || c == ArabicLetters.Tatweel) continue;
            if (c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or ArabicLetters.FarsiYeh or ArabicLetters.Keheh)
            {
                letters++;
                continue;
            }
            return false;
        }
        return letters >= 2;
    }

    /// <summary>Arab League members: their provinces are governorates in Wikipedia titles and their names have Arabic forms.</summary>
    public static readonly HashSet<string> ArabStates = new(StringComparer.Ordinal)
    {
        "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT",
        "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
    };
}
