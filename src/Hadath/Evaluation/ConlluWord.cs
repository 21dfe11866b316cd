namespace Hadath.Evaluation;

/// <summary>One syntactic word line of a CoNLL-U file (the columns the evaluations use).</summary>
/// <param name="Form">FORM as written in the file (PADT v1.2: vowelled).</param>
/// <param name="Upos">UPOS tag.</param>
/// <param name="Xpos">Language-specific tag (PADT: 10-position positional tag; position 9 is case, 1 = nominative).</param>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, string Misc);
