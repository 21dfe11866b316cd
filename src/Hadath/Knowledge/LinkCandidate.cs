namespace Hadath.Knowledge;

/// <summary>An entry a name may refer to, with how it matched and the linker's score (higher is better; no fixed scale).</summary>
public sealed record LinkCandidate(KbEntry Entry, int Index, MatchTier Tier, NameUse Use, double Score);
