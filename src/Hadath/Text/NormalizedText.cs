namespace Hadath.Text;

/// <summary>
/// A rewritten view of an original text with, for every character of the view, the original range it came from.
/// Deleted characters (harakat, tatweel, bidi marks) have no view character; a character that expands
/// (a lam-alef ligature into ل and ا) gives several view characters that share one original range.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _originalStart;
    private readonly int[] _originalEnd;

    internal NormalizedText(string text, int[] originalStart, int[] originalEnd, int originalLength)
    {
        Text = text;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
        OriginalLength = originalLength;
    }

    /// <summary>The normalised characters.</summary>
    public string Text { get; }

    /// <summary>Length of the original text this view was made from, in UTF-16 units.</summary>
    public int OriginalLength { get; }

    /// <summary>Original start index of view character <paramref name="index"/>.</summary>
    public int OriginalStart(int index) => _originalStart[index];

    /// <summary>Original end index (exclusive) of view character <paramref name="index"/>.</summary>
    public int OriginalEnd(int index) => _originalEnd[index];

    /// <summary>
    /// Maps a view range [start, end) to the original range it was made from. An empty range maps to an
    /// empty range at the original position of the next view character (or the original end).
    /// </summary>
    public TextRange ToOriginal(int start, int end)
    {
        if (start < 0 || end > Text.Length || start > end)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start},{end}) is outside the view of length {Text.Length}.");
        if (start == end)
        {
            var at = start < Text.Length ? _originalStart[start] : OriginalLength;
            return new TextRange(at, at);
        }
        return new TextRange(_originalStart[start], _originalEnd[end - 1]);
    }

    /// <summary>Maps a view range to the original range.</summary>
    public TextRange ToOriginal(TextRange viewRange) => ToOriginal(viewRange.Start, viewRange.End);
}
