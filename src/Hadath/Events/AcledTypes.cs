namespace Hadath.Events;

/// <summary>ACLED event type and sub-type for PLOVER ASSAULT modes (ACLED codebook names).</summary>
public static class AcledTypes
{
    public static string TypeOf(string? assaultMode) => assaultMode switch
    {
        "aerial" or "drone" or "heavy-weapons" or "explosives" or "suicide-attack" => "Explosions/Remote violence",
        "abduct" or "targeted" or "beat" or "torture" or "sexual" => "Violence against civilians",
        _ => "Battles",
    };

    public static string SubTypeOf(string? assaultMode) => assaultMode switch
    {
        "aerial" => "Air/drone strike",
        "drone" => "Air/drone strike",
        "heavy-weapons" => "Shelling/artillery/missile attack",
        "explosives" => "Remote explosive/landmine/IED",
        "suicide-attack" => "Suicide bomb",
        "abduct" => "Abduction/forced disappearance",
        "targeted" or "beat" or "torture" or "sexual" => "Attack",
        _ => "Armed clash",
    };
}
