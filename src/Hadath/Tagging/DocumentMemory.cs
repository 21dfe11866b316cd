namespace Hadath.Tagging;

/// <summary>
/// Counts, per memory key (a token's proclitic- and article-stripped spelling), how often the first-stage
/// tagger gave each entity type (0 = O, then PER ORG LOC MISC) over the sentences of a document window.
/// A name tagged confidently in one sentence ("محمد بركات") then supports its bare mentions ("بركات") elsewhere.
/// </summary>
internal sealed class DocumentMemory
{
    /// <summary>O plus the four entity types.</summary>
    public const int TypeCount = 5;

    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds (<paramref name="sign"/> = 1) or removes (-1) one sentence's keys and first-stage labels (see <see cref="Code"/>).</summary>
    public void Update(IReadOnlyList<string?> keys, IReadOnlyList<int> codes, int sign)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] is not { } key) continue;
            if (!_counts.TryGetValue(key, out var c)) _counts[key] = c = new int[TypeCount];
            c[TypeOfCode(codes[i])] += sign;
        }
    }

    /// <summary>
    /// A first-stage label as a small code: 0 for O, type * 2 - 1 for B-type, type * 2 for I-type (types 1-4 as in
    /// <see cref="TypeOf"/>). The second stage sees B/I around each token; memory counts types only.
    /// </summary>
    public static int Code(string label) => TypeOf(label) is var type and > 0 ? type * 2 - (label[0] == 'B' ? 1 : 0) : 0;

    /// <summary>Entity type of a <see cref="Code"/>.</summary>
    public static int TypeOfCode(int code) => (code + 1) / 2;

    /// <summary>Writes the counts of <paramref name="key"/> into <paramref name="counts"/> (zeros when unseen).</summary>
    public void Counts(string key, Span<int> counts)
    {
        if (_counts.TryGetValue(key, out var c)) c.CopyTo(counts);
        else counts.Clear();
    }

    /// <summary>Entity type index of an IOB2 label (B-PER, I-PER = 1; O = 0).</summary>
    public static int TypeOf(string label) => label.Length < 3 ? 0 : label.AsSpan(2) switch
    {
        "PER" => 1,
        "ORG" => 2,
        "LOC" => 3,
        "MISC" => 4,
        _ => 0,
    };
}
