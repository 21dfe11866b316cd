namespace Hadath.Knowledge;

/// <summary>
/// Geography of a place entry. Coordinates are WGS84 decimal degrees. <see cref="FeatureClass"/> and
/// <see cref="FeatureCode"/> follow GeoNames (P populated place, A administrative area, L area, T terrain, H water,
/// S spot/building); <see cref="Admin1"/> is the GeoNames admin1 code or ISO 3166-2 code of the province.
/// <see cref="GeoNameId"/> is 0 when the place is not from GeoNames.
/// </summary>
public sealed record KbPlace(int GeoNameId, double Latitude, double Longitude, char FeatureClass, string FeatureCode,
    string? Admin1, long Population)
{
    /// <summary>
    /// ACLED-style geo-precision of a mention resolved to this place: 1 town or spot, 2 district or small area,
    /// 3 province, region or country.
    /// </summary>
    public int Precision => FeatureClass switch
    {
        'P' or 'S' => 1,
        'A' when FeatureCode is "ADM2" or "ADM3" or "ADM4" => 2,
        'T' or 'H' or 'L' when FeatureCode is "AREA" or "RGN" or "PCLI" or "SEA" or "GULF" or "OCN" => 3,
        'T' or 'H' or 'L' => 2,
        _ => 3,
    };
}
