namespace Hadath.Knowledge.Build;

/// <summary>Maps English position titles (CountryInfo, rulers.org, CIA World Leaders) to the role keys of kb/titles.tsv (president, prime-minister, monarch, foreign-minister …).</summary>
internal static class RoleKeys
{
    /// <summary>The role key of an English title, or null when the title is not one the linker resolves descriptions by.</summary>
    public static string? FromEnglishTitle(string title)
    {
        var t = title.Trim().ToLowerInvariant();
        if (t.StartsWith("deputy prime minister", StringComparison.Ordinal)) return "deputy-prime-minister";
        if (t.StartsWith("vice president", StringComparison.Ordinal)) return "vice-president";
        if (t.Contains("permanent representative to the un", StringComparison.Ordinal)) return "un-ambassador";
        if (t.StartsWith("minister of state", StringComparison.Ordinal) || t.StartsWith("deputy", StringComparison.Ordinal)) return null;
        if (t.Contains("foreign affairs") || t.Contains("foreign relations") || t == "secretary of state" || t == "foreign minister")
            return "foreign-minister";
        if (t is "minister of defense" or "minister of national defense" or "minister of defence" or "secretary of defense")
            return "defense-minister";
        if (t is "minister of interior" or "minister of internal affairs" or "minister of home affairs" or "minister of the interior")
            return "interior-minister";
        if (t is "minister of finance" or "minister of economy and finance") return "finance-minister";
        if (t is "prime minister" or "premier") return "prime-minister";
        if (t == "chancellor") return "chancellor";
        if (t is "president" or "head of state") return "president";
        if (t is "king" or "emir" or "sultan") return "monarch";
        return null;
    }

    /// <summary>The role key of a CountryInfo &lt;Leaders&gt; sub-tag ("Presidents", "Prime ministers", "Kings"), or null.</summary>
    public static string? FromLeaderTag(string tag)
    {
        var t = tag.Trim().ToLowerInvariant();
        if (t.StartsWith("prime minister") || t.StartsWith("premier") || t.StartsWith("heads of government")
            || t.StartsWith("chairmen of the council of ministers"))
            return "prime-minister";
        if (t.StartsWith("chancellor")) return "chancellor";
        if (t is "presidents" or "president" or "heads of state" || t.StartsWith("presidents of the presidency")) return "president";
        if (t is "kings" or "king" or "emirs" or "sultans") return "monarch";
        return null;
    }
}
