namespace Hadath.Text;

/// <summary>What a surface token is made of.</summary>
public enum TokenKind
{
    Arabic,
    Latin,
    Number,
    Punctuation,
    Symbol,
    Other,
}

/// <summary>
/// A surface unit between spaces and punctuation ("وبالمفاوضات"). Its clitic parts are the words
/// <c>Document.Words[FirstWord .. FirstWord + WordCount)</c>.
/// </summary>
public sealed record Token(TextRange Range, TokenKind Kind, int FirstWord, int WordCount);
