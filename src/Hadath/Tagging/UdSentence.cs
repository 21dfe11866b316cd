namespace Hadath.Tagging;

/// <summary>
/// A syntactic word of a treebank sentence: form (harakat stripped), UPOS, the CoNLL-U line it came from, and
/// whether PADT left it unanalysed (XPOS "U---------": an unvowelled, unsegmented whole token tagged X).
/// </summary>
public sealed record UdWord(string Form, string Upos, int Line, bool Unanalyzed = false);

/// <summary>
/// A surface token rebuilt from treebank words: its written form, the words it holds, and the segmentation
/// label ("proclitics|ops|enclitic", see <see cref="CliticSegmentation"/>) that splits it back.
/// </summary>
public sealed record UdToken(string Surface, IReadOnlyList<UdWord> Words, string Segmentation)
{
    /// <summary>True when PADT left the token unanalysed (see <see cref="UdWord.Unanalyzed"/>).</summary>
    public bool Unanalyzed => Words.Any(w => w.Unanalyzed);
}

/// <summary>A treebank sentence as tokens (see <see cref="PadtTokens"/>) of words.</summary>
public sealed record UdSentence(string Id, IReadOnlyList<UdToken> Tokens)
{
    /// <summary>All words in order.</summary>
    public IEnumerable<UdWord> Words => Tokens.SelectMany(t => t.Words);
}
