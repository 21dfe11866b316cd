using Hadath.Tagging;

namespace Hadath.Knowledge;

/// <summary>
/// One real-world entity the document names, with every mention of it (indices into <c>Document.Mentions</c>).
/// <see cref="EntryId"/> is the knowledge-base id, or null for a NIL entity kept with its surface form as name.
/// </summary>
public sealed record LinkedEntity(
    string? EntryId,
    string Name,
    IReadOnlyList<string> Aliases,
    EntityType Type,
    string? Country,
    string? Sector,
    IReadOnlyList<int> MentionIndices);
