namespace Hadath.Tagging;

/// <summary>
/// Name lists as a set of hashed token sequences (up to <see cref="MaxTokens"/> tokens, each spelled with
/// <see cref="TokenForms.Key"/>), each mapped to a bit set of list categories. Every proper prefix of a
/// longer phrase is stored too, marked with <see cref="PrefixBit"/>, so matching stops at the first token
/// that no phrase continues with: about one probe per token. Stores hashes only: a compiled index, not a
/// copy of the lists.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxTokens = 6;
    /// <summary>Set on entries that begin a longer phrase.</summary>
    private const int PrefixBit = 1 << 30;
    private readonly Dictionary<ulong, int> _phrases;
    private static readonly ulong PhraseStart = FeatureHash.Start(0x6A2);

    public Gazetteer(IReadOnlyList<string> categories, Dictionary<ulong, int>? phrases = null)
    {
        if (categories.Count > 30) throw new ArgumentException("At most 30 gazetteer categories.");
        Categories = categories;
        _phrases = phrases ?? [];
    }

    /// <summary>Category names, bit i of a match mask = Categories[i].</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Stored entries (phrases and phrase prefixes).</summary>
    public int Count => _phrases.Count;

    /// <summary>Adds a name (raw text, split on spaces) under category index <paramref name="category"/>.</summary>
    public void Add(string name, int category)
    {
        var parts = name.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Length > MaxTokens) return;
        var hash = PhraseStart;
        for (var i = 0; i < parts.Length; i++)
        {
            hash = FeatureHash.Add(hash, FeatureHash.Identity(TokenForms.Key(parts[i])));
            var key = FeatureHash.Finish(hash);
            var bit = i == parts.Length - 1 ? 1 << category : PrefixBit;
            _phrases[key] = _phrases.GetValueOrDefault(key) | bit;
        }
    }

    /// <summary>
    /// ORs into <paramref name="found"/>[length] the categories of every phrase starting at <paramref name="start"/>;
    /// the first token is spelled <paramref name="firstId"/> (its key's or its stem's identity hash).
    /// </summary>
    public void MatchAll(NerTokenInfo[] tokens, int start, ulong firstId, Span<int> found)
    {
        var hash = PhraseStart;
        for (var length = 1; length <= MaxTokens && start + length <= tokens.Length; length++)
        {
            hash = FeatureHash.Add(hash, length == 1 ? firstId : tokens[start + length - 1].KeyId);
            var entry = _phrases.GetValueOrDefault(FeatureHash.Finish(hash));
            found[length] |= entry & ~PrefixBit;
            if ((entry & PrefixBit) == 0) return;
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Categories.Count);
        foreach (var c in Categories) writer.Write(c);
        var keys = _phrases.Keys.ToArray();
        Array.Sort(keys);
        writer.Write(keys.Length);
        foreach (var k in keys) { writer.Write(k); writer.Write(_phrases[k]); }
    }

    public static Gazetteer Read(BinaryReader reader)
    {
        var categories = new string[reader.ReadInt32()];
        for (var i = 0; i < categories.Length; i++) categories[i] = reader.ReadString();
        var count = reader.ReadInt32();
        var phrases = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++) phrases[reader.ReadUInt64()] = reader.ReadInt32();
        return new Gazetteer(categories, phrases);
    }
}
