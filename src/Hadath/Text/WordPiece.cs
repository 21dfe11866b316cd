namespace Hadath.Text;

/// <summary>
/// One word of a segmented token: letters [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>) of
/// the segmenter's input, its role, and its spelling when that differs from the letters it covers.
/// </summary>
/// <param name="Spelling">
/// The word as a dictionary would spell it, or null when it is spelled as written. Two cases differ:
/// the stem of لل (li + the article, whose alef is not written) is spelled with ال, and a host whose
/// teh marbuta turned into ت before a pronoun is spelled with ة.
/// </param>
public readonly record struct WordPiece(int Start, int Length, WordRole Role, string? Spelling = null)
{
    /// <summary>Most pieces one token can have: و + ب/ل/ك/س + stem + pronoun, with room to spare.</summary>
    public const int MaxPerToken = 8;
}
