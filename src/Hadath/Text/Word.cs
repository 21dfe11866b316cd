namespace Hadath.Text;

/// <summary>The part a word plays inside its token.</summary>
public enum WordRole
{
    /// <summary>A prefixed clitic: conjunction و ف, preposition ب ل ك, future س, or the article where split.</summary>
    Proclitic,
    /// <summary>The base word.</summary>
    Stem,
    /// <summary>A suffixed pronoun clitic (ه ها هم كم نا ي ...).</summary>
    Enclitic,
}

/// <summary>
/// A syntactic word (Stanza's Word): one clitic or the stem of a token, with its own range into the original text.
/// <see cref="Form"/> is its normalised spelling, used for matching and features.
/// </summary>
public sealed record Word(TextRange Range, WordRole Role, int TokenIndex, string Form);
