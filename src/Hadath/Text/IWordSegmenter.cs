namespace Hadath.Text;

/// <summary>
/// Splits one Arabic surface token into its syntactic words (proclitics, stem, enclitics).
/// The seam between the tokeniser and the segmentation model: <see cref="CliticSegmenter"/> is the
/// rule-and-lexicon implementation; a trained segmenter can replace it without touching the tokeniser.
/// </summary>
/// <remarks>
/// The input is the token's letters in orthographic spelling: harakat, tatweel, bidi and zero-width marks
/// removed and presentation forms expanded, but hamza seats, teh marbuta and alef maksura kept as written.
/// Pieces must be returned in order and tile the input exactly (each starts where the previous ended).
/// </remarks>
public interface IWordSegmenter
{
    /// <summary>Stable name, for provenance.</summary>
    string Name { get; }

    /// <summary>
    /// Writes the pieces of <paramref name="letters"/> into <paramref name="pieces"/> (room for
    /// <see cref="WordPiece.MaxPerToken"/>) and returns how many it wrote (at least 1 for non-empty input).
    /// </summary>
    int Segment(ReadOnlySpan<char> letters, Span<WordPiece> pieces);
}
