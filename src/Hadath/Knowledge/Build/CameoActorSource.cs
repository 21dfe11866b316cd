using System.Text.RegularExpressions;

namespace Hadath.Knowledge.Build;

/// <summary>
/// The UniversalPetrarch Arabic actor dictionary (actor_dict_ar_v4.txt): a name with '_' between words, then its
/// CAMEO code(s) with date ranges, inline ("حماس  [PSEREB]") or on indented lines below it. Generic agents without
/// a country ("[MIL]") and bare country codes ("[SYR]", nationalities and places) are left out: the first are not
/// named entities, the second are countries and places the gazetteers already have.
/// </summary>
internal static partial class CameoActorSource
{
    /// <summary>One actor: its Arabic name (words separated by spaces) and dated codes.</summary>
    public sealed record Actor(string NameAr, List<(string? Country, string? Sector, DateOnly? From, DateOnly? To)> Codes, int Line);

    public static List<Actor> Read(string dictionaries, Func<string, bool> isCountry)
    {
        var path = Path.Combine(dictionaries, "actor_dict_ar_v4.txt");
        var actors = new List<Actor>();
        Actor? current = null;
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Split('#')[0];
            if (line.Trim().Length == 0) continue;
            var isCodeLine = char.IsWhiteSpace(line[0]) && line.TrimStart().StartsWith('[');
            if (!isCodeLine)
            {
                var name = line.Split('[')[0].Replace('_', ' ').Trim();
                current = name.Length > 1 ? new Actor(name, [], lineNumber) : null;
                if (current is not null) actors.Add(current);
            }
            if (current is null) continue;
            foreach (Match m in Bracket().Matches(line))
            {
                var (code, from, to) = CameoDates.ParseBracket(m.Groups[1].Value);
                var (country, sector) = CameoCodes.Split(code, isCountry);
                current.Codes.Add((country, sector, from, to));
            }
        }
        // An actor needs a country or an international sector, and more than a bare country code.
        return actors.Where(a => a.Codes.Count > 0
                                 && a.Codes.Any(c => c.Sector is not null && (c.Country is not null || c.Sector is "IGO" or "SOC" or "BUS" or "REB")))
            .ToList();
    }

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex Bracket();
}
