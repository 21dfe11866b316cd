namespace Hadath.Tagging;

/// <summary>
/// The feature keys of one sequence, flat: position <c>i</c> owns <c>Keys[Starts[i] .. Starts[i+1])</c>.
/// Reused between sentences so decoding allocates nothing per token.
/// </summary>
internal sealed class FeatureBuffer
{
    private ulong[] _keys = new ulong[1024];
    private int[] _starts = new int[65];
    private int[]?[] _candidates = new int[]?[64];

    /// <summary>Positions (tokens or words) in the sequence.</summary>
    public int Length { get; private set; }

    /// <summary>Total keys over all positions.</summary>
    public int KeyCount => _starts[Length];

    public ReadOnlySpan<ulong> KeysOf(int position) => _keys.AsSpan(_starts[position], _starts[position + 1] - _starts[position]);

    /// <summary>Label ids allowed at <paramref name="position"/>, or null when every label is.</summary>
    public int[]? CandidatesOf(int position) => _candidates[position];

    /// <summary>Candidate lists of all positions (null entries allow every label).</summary>
    public ReadOnlySpan<int[]?> Candidates => _candidates.AsSpan(0, Length);

    public void Clear()
    {
        Length = 0;
        _starts[0] = 0;
    }

    /// <summary>Opens the next position; keys added afterwards belong to it.</summary>
    public void BeginPosition(int[]? candidates = null)
    {
        if (Length + 2 > _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _candidates, _starts.Length);
        }
        _candidates[Length] = candidates;
        Length++;
        _starts[Length] = _starts[Length - 1];
    }

    public void Add(ulong key)
    {
        var end = _starts[Length];
        if (end == _keys.Length) Array.Resize(ref _keys, _keys.Length * 2);
        _keys[end] = key;
        _starts[Length] = end + 1;
    }
}
