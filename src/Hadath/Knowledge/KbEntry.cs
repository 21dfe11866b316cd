using Hadath.Tagging;

namespace Hadath.Knowledge;

/// <summary>
/// One actor or place of the knowledge base. <see cref="Id"/> is stable across rebuilds: "country:SYR",
/// "adm1:SY-SU", "gn:172408" (GeoNames id), "hd:asaad-al-shaibani" (curated), "cameo:…" or "ci:…" (actor
/// dictionaries). <see cref="NameEn"/> is the canonical English name, Wikipedia-title style.
/// </summary>
public sealed class KbEntry
{
    public required string Id { get; init; }
    /// <summary>Wikidata QID when known for sure, else null.</summary>
    public string? Qid { get; init; }
    public required EntityType Type { get; init; }
    public required string NameEn { get; init; }
    /// <summary>Other English (Latin-script) names: transliterations, abbreviations, former names.</summary>
    public IReadOnlyList<KbName> AliasesEn { get; init; } = [];
    /// <summary>Arabic names; the first is the preferred one.</summary>
    public IReadOnlyList<KbName> NamesAr { get; init; } = [];
    /// <summary>ISO 3166-1 alpha-3 of the entry's country or affiliation; null for international bodies.</summary>
    public string? Country { get; init; }
    /// <summary>PLOVER sector (GOV, MIL, REB, IGO, JRN …) of the actor; null for places and unknown.</summary>
    public string? Sector { get; init; }
    public IReadOnlyList<KbRole> Roles { get; init; } = [];
    /// <summary>Geography, for places only.</summary>
    public KbPlace? Place { get; init; }
    /// <summary>Which source made the entry: curated, country, province, geonames, cameo, countryinfo.</summary>
    public required string Origin { get; init; }

    /// <summary>The sector of the role active on <paramref name="date"/>, else <see cref="Sector"/>.</summary>
    public string? SectorOn(DateOnly? date)
    {
        if (date is { } d)
            foreach (var r in Roles)
                if (r.Sector is not null && r.ActiveOn(d)) return r.Sector;
        return Sector;
    }

    public override string ToString() => $"{Id} {Type} {NameEn} ({Country ?? "-"})";
}
