namespace Hadath.Knowledge;

/// <summary>How closely a looked-up name matched an entry's name (see <see cref="NameKeys"/>).</summary>
public enum MatchTier : byte
{
    Exact = 0,
    Loose = 1,
    Skeleton = 2,
}

/// <summary>One entry a key points to: the entry's index in <see cref="KnowledgeBase.Entries"/>, how the name may be used, and the tier.</summary>
public readonly record struct KbHit(int Entry, NameUse Use, MatchTier Tier);
