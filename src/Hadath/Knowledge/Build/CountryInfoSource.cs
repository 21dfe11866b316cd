using System.Text;
using System.Text.RegularExpressions;
using Hadath.Tagging;

namespace Hadath.Knowledge.Build;

/// <summary>
/// Heads of state and government (&lt;Leaders&gt;, ~1960–2009) and key ministers (&lt;Government&gt;, 2003–2011) from
/// CountryInfo.120116.txt, as English-named persons with dated roles. Arabic names come later, when the CAMEO
/// Arabic actor dictionary has the same person (same country, same consonant skeleton).
/// </summary>
internal static partial class CountryInfoSource
{
    /// <summary>One person of the file: English name variants, country, dated roles.</summary>
    public sealed record Person(string[] Names, string Country, List<KbRole> Roles);

    public static List<Person> Read(string gazetteers)
    {
        var path = Path.Combine(gazetteers, "countryinfo-en", "CountryInfo.120116.txt");
        var people = new Dictionary<(string, string), Person>();
        string? country = null, section = null, leaderRole = null;
        foreach (var raw in File.ReadLines(path, Encoding.Latin1))
        {
            var line = raw.Trim();
            if (line.StartsWith("<ISO3166-alpha3>", StringComparison.Ordinal)) { country = Between(line, '>', '<'); continue; }
            if (line == "</Country>") { country = null; continue; }
            if (line is "<Leaders>" or "<Government>") { section = line; continue; }
            if (line is "</Leaders>" or "</Government>") { section = null; continue; }
            if (country is null || section is null || line.Length == 0) continue;
            if (section == "<Leaders>" && line.StartsWith('<'))
            {
                leaderRole = line.StartsWith("</", StringComparison.Ordinal) ? null : RoleKeys.FromLeaderTag(line.Trim('<', '>'));
                continue;
            }
            var (names, brackets, comment) = SplitLine(line);
            if (names.Length == 0) continue;
            var roles = new List<KbRole>();
            if (section == "<Leaders>")
            {
                if (leaderRole is null) continue;
                var range = brackets.FirstOrDefault(b => !b.StartsWith("B:") && !b.StartsWith("D:"));
                if (range is null) continue;
                var (_, from, to) = CameoDates.ParseBracket(range);
                roles.Add(new KbRole(leaderRole, country, "GOV", from, to));
            }
            else
            {
                var titles = comment?.Split('&', StringSplitOptions.TrimEntries) ?? [];
                for (var i = 0; i < brackets.Count; i++)
                {
                    var title = titles.Length == brackets.Count ? titles[i] : titles.FirstOrDefault();
                    if (title is null || RoleKeys.FromEnglishTitle(title) is not { } role) continue;
                    var (_, from, to) = CameoDates.ParseBracket(brackets[i]);
                    roles.Add(new KbRole(role, country, "GOV", from, to));
                }
                if (roles.Count == 0) continue;
            }
            var key = (country, NameKeys.Exact(names[0]));
            if (people.TryGetValue(key, out var p)) p.Roles.AddRange(roles);
            else people[key] = new Person(names, country, roles);
        }
        return [.. people.Values];
    }

    /// <summary>"BASHAR_AL-ASSAD_" → "Bashar al-Assad": words title-cased, Arabic and European particles lower-cased.</summary>
    public static string EnglishName(string raw)
    {
        var words = raw.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            var parts = words[i].Split('-');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0) sb.Append('-');
                var w = parts[j].ToLowerInvariant();
                var particle = (i > 0 || j > 0) && w is "al" or "el" or "bin" or "ibn" or "bint" or "de" or "da" or "van" or "von" or "der" or "la" or "du";
                sb.Append(particle || w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]);
            }
        }
        return sb.ToString();
    }

    // "{A_}{B_} [CODE dates][CODE dates]  # Title" or "NAME_  [dates]  [B:date]".
    private static (string[] Names, List<string> Brackets, string? Comment) SplitLine(string line)
    {
        string? comment = null;
        var hash = line.IndexOf('#');
        if (hash >= 0) { comment = line[(hash + 1)..].Trim(); line = line[..hash]; }
        var brackets = BracketPattern().Matches(line).Select(m => m.Groups[1].Value.Trim()).ToList();
        var head = line.Split('[')[0].Trim();
        var names = head.StartsWith('{')
            ? BracePattern().Matches(head).Select(m => EnglishName(m.Groups[1].Value)).ToArray()
            : head.Length > 0 && !head.Contains(' ') ? [EnglishName(head)] : [];
        return (names.Where(n => n.Length > 2).ToArray(), brackets, comment);
    }

    private static string Between(string s, char open, char close)
    {
        var a = s.IndexOf(open) + 1;
        var b = s.IndexOf(close, a);
        return b > a ? s[a..b] : "";
    }

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex BracketPattern();

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex BracePattern();
}
