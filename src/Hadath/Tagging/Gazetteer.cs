namespace Hadath.Tagging;

/// <summary>
/// Name lists as a set of hashed token sequences (up to <see cref="MaxTokens"/> tokens, each spelled with
/// <see cref="TokenForms.Key"/>), each mapped to a bit set of list categories. Stores hashes only: a compiled
/// index, not a copy of the lists. Matching is a few hash probes per token.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxTokens = 6;
    private readonly Dictionary<ulong, int> _phrases;

    public Gazetteer(IReadOnlyList<string> categories, Dictionary<ulong, int>? phrases = null)
    {
        if (categories.Count > 31) throw new ArgumentException("At most 31 gazetteer categories.");
        Categories = categories;
        _phrases = phrases ?? [];
    }

    /// <summary>Category names, bit i of a match mask = Categories[i].</summary>
    public IReadOnlyList<string> Categories { get; }

    public int Count => _phrases.Count;

    /// <summary>Adds a name (raw text, split on spaces) under category index <paramref name="category"/>.</summary>
    public void Add(string name, int category)
    {
        var parts = name.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Length > MaxTokens) return;
        var hash = PhraseStart;
        foreach (var p in parts) hash = Extend(hash, TokenForms.Key(p));
        var key = FeatureHash.Finish(hash);
        _phrases[key] = _phrases.GetValueOrDefault(key) | (1 << category);
    }

    /// <summary>Category mask of the phrase <paramref name="keys"/>[start..start+length), 0 when absent.</summary>
    public int Match(IReadOnlyList<string> keys, int start, int length, string? firstOverride = null)
    {
        var hash = PhraseStart;
        for (var i = 0; i < length; i++) hash = Extend(hash, i == 0 && firstOverride is not null ? firstOverride : keys[start + i]);
        return _phrases.GetValueOrDefault(FeatureHash.Finish(hash));
    }

    private static readonly ulong PhraseStart = FeatureHash.Start(0x6A2);

    private static ulong Extend(ulong hash, string key) => FeatureHash.Add(hash, key.AsSpan());

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
