namespace Hadath.Evaluation;

/// <summary>How <see cref="PadtTextReconstruction"/> joins a document's sentences.</summary>
public enum SentenceJoin
{
    /// <summary>One space between all sentences: the splitter gets no layout help at all.</summary>
    Space,

    /// <summary>
    /// A newline after a sentence that does not end in terminal punctuation (headlines, datelines, bylines,
    /// which newswire prints on lines of their own), a space otherwise.
    /// </summary>
    NewlineAfterUnterminated,
}
