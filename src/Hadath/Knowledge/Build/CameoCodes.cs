namespace Hadath.Knowledge.Build;

/// <summary>Splits CAMEO actor codes ("SYRGOV", "PSECVLELI", "IGOGOV") into country and PLOVER sector.</summary>
internal static class CameoCodes
{
    // CAMEO agent codes that PLOVER renamed or merged (PLOVER manual, "Sector code notes").
    private static readonly Dictionary<string, string> ToPlover = new(StringComparer.Ordinal)
    {
        ["MED"] = "JRN", ["HLH"] = "MED", ["INS"] = "REB", ["SEP"] = "REB", ["IMG"] = "REB", ["NGO"] = "SOC", ["HRI"] = "SOC",
        ["NGM"] = "SOC", ["UIS"] = "UAF", ["MOD"] = "GOV", ["RAD"] = "OPP", ["ENV"] = "GOV",
    };

    /// <summary>
    /// Country (ISO3, or null for international codes) and sector of a code. The country is taken only when
    /// <paramref name="isCountry"/> knows it; IGO/NGO/MNC first elements are international sectors.
    /// </summary>
    public static (string? Country, string? Sector) Split(string code, Func<string, bool> isCountry)
    {
        code = code.TrimStart('~');
        if (code.Length < 3) return (null, null);
        var head = code[..3];
        if (head is "IGO" or "NGO" or "MNC") return (null, Sector(head));
        if (isCountry(head)) return (head, code.Length >= 6 ? Sector(code[3..6]) : null);
        return (null, Sector(head));
    }

    private static string Sector(string agent) => ToPlover.GetValueOrDefault(agent, agent) switch
    {
        "IGO" => "IGO",
        "NGO" or "SOC" => "SOC",
        "MNC" => "BUS",
        var s => s,
    };
}
