namespace Hadath.Tagging;

/// <summary>
/// 64-bit feature keys built without allocating strings: a template id followed by characters or integers,
/// FNV-1a over UTF-16 units, finished with the SplitMix64 mixer. At 64 bits collisions among the ~10^6
/// features of a model are vanishingly rare (birthday bound ~10^-7), so keys stand in for feature strings.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 0xcbf29ce484222325UL;
    private const ulong Prime = 0x100000001b3UL;

    /// <summary>Starts a key for feature template <paramref name="template"/>.</summary>
    public static ulong Start(int template) => (Offset ^ (ulong)(uint)template) * Prime;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text) hash = (hash ^ c) * Prime;
        // A separator keeps ("ab","c") and ("a","bc") apart when two spans follow each other.
        return (hash ^ 0xFFFE) * Prime;
    }

    public static ulong Add(ulong hash, int value)
    {
        hash = (hash ^ (ulong)(value & 0xFFFF)) * Prime;
        return (hash ^ (ulong)((value >> 16) & 0xFFFF)) * Prime;
    }

    /// <summary>Mixes a 64-bit value (e.g. another string's <see cref="Identity"/>) into a key.</summary>
    public static ulong Add(ulong hash, ulong value)
    {
        hash = (hash ^ (value & 0xFFFFFFFF)) * Prime;
        return (hash ^ (value >> 32)) * Prime;
    }

    /// <summary>A string's identity hash, computed once and combined into feature keys with <see cref="Add(ulong, ulong)"/>.</summary>
    public static ulong Identity(ReadOnlySpan<char> text) => Finish(Add(Start(0), text));

    /// <summary>Template + one identity hash.</summary>
    public static ulong Of(int template, ulong identity) => Finish(Add(Start(template), identity));

    /// <summary>Template + two identity hashes (bigrams).</summary>
    public static ulong Of(int template, ulong first, ulong second) => Finish(Add(Add(Start(template), first), second));

    /// <summary>Final avalanche so keys spread over open-addressing tables; never returns 0 (0 marks an empty slot).</summary>
    public static ulong Finish(ulong hash)
    {
        hash ^= hash >> 30; hash *= 0xbf58476d1ce4e5b9UL;
        hash ^= hash >> 27; hash *= 0x94d049bb133111ebUL;
        hash ^= hash >> 31;
        return hash == 0 ? 1 : hash;
    }

    /// <summary>Convenience: template + one span.</summary>
    public static ulong Of(int template, ReadOnlySpan<char> text) => Finish(Add(Start(template), text));

    /// <summary>Convenience: template + one integer.</summary>
    public static ulong Of(int template, int value) => Finish(Add(Start(template), value));
}
