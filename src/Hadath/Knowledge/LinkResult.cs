using Hadath.Tagging;

namespace Hadath.Knowledge;

/// <summary>
/// The outcome of linking one name: the chosen entry, or null for NIL; <see cref="Name"/> is the entry's English
/// name, or for NIL an English rendering of the surface form (never a wrong entry's name).
/// </summary>
public sealed record LinkResult(KbEntry? Entry, string Name, IReadOnlyList<LinkCandidate> Candidates)
{
    /// <summary>True when no entry was chosen.</summary>
    public bool IsNil => Entry is null;

    /// <summary>The type to report: the entry's, else <paramref name="fallback"/>.</summary>
    public EntityType TypeOr(EntityType fallback) => Entry?.Type ?? fallback;
}
