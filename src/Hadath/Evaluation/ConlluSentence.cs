namespace Hadath.Evaluation;

/// <summary>One sentence of a CoNLL-U file with the comments that identify it.</summary>
/// <param name="SentId">The <c># sent_id</c> value, or null.</param>
/// <param name="DocumentId">
/// The document it belongs to: <c># newdoc id</c>, else the part of <c># orig_file_sentence</c> before '#'
/// (PADT: AFP_ARB_20000715.0015#1 belongs to AFP_ARB_20000715.0015), else null.
/// </param>
/// <param name="Text">The <c># text</c> value, or null (PADT v1.2 has none).</param>
/// <param name="Line">1-based line of the sentence's first line in the file, for error messages.</param>
public sealed record ConlluSentence(string? SentId, string? DocumentId, string? Text, IReadOnlyList<ConlluWord> Words, int Line);
