namespace Hadath.Tagging;

/// <summary>Named-entity classes; the names are those written to output (GOLD_FORMAT.md) and to IOB2 tags.</summary>
public enum EntityType
{
    PER,
    ORG,
    LOC,
    /// <summary>Ethnic, religious, tribal or national collective ("the Druze").</summary>
    GRP,
    MISC,
    DATE,
    NUMBER,
}
