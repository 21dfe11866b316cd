namespace Hadath.Tagging;

/// <summary>
/// Everything <see cref="NerFeatures"/> derives from one token alone: spellings, cluster path, identity
/// hashes and the position-independent feature keys. Computed once per distinct token and cached, since
/// news vocabulary is Zipfian: most tokens of a document were seen before, so tagging is mostly array copies.
/// </summary>
internal sealed class NerTokenInfo
{
    public required string Key { get; init; }
    public required string Stem { get; init; }
    /// <summary>Name key for document memory, or null for tokens that cannot be names (punctuation, digits).</summary>
    public required string? MemoryKey { get; init; }
    public required uint Path { get; init; }
    public required ulong KeyId { get; init; }
    public required ulong StemId { get; init; }
    public required ulong ShapeId { get; init; }
    /// <summary>Most frequent name type the corpus lexicon gives this token (1-4), with its fraction bucket; 0 when none.</summary>
    public required int LexiconType { get; init; }
    /// <summary>Features that depend on this token only.</summary>
    public required ulong[] Local { get; init; }
}
