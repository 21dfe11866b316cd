using Hadath.Knowledge;
using Hadath.Tagging;

namespace Hadath.Events;

/// <summary>What the event rules need to know of a linked entity beyond its record.</summary>
internal static class KnowledgeFacts
{
    /// <summary>True for a place that is a whole country: it can act as a state ("تدخلت إسرائيل").</summary>
    public static bool IsCountry(LinkedEntity entity) =>
        entity.Type == EntityType.LOC && entity.EntryId is { } id && id.StartsWith("country:", StringComparison.Ordinal);
}
