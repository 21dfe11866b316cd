using System.Globalization;
using System.Text;

namespace Hadath.Text;

/// <summary>
/// Character classes the tokeniser and sentence splitter share. Arabic and ASCII take fast paths;
/// everything else falls back to the Unicode category tables built into .NET (no ICU needed).
/// </summary>
internal static class TextChars
{
    public const char ArabicComma = '\u060C';
    public const char ArabicSemicolon = '\u061B';
    public const char ArabicQuestionMark = '\u061F';
    public const char ArabicDecimalSeparator = '\u066B';
    public const char ArabicThousandsSeparator = '\u066C';
    public const char ArabicFullStop = '\u06D4';
    public const char Ellipsis = '\u2026';
    public const char LeftDoubleQuote = '\u201C';
    public const char RightDoubleQuote = '\u201D';
    public const char LeftGuillemet = '\u00AB';
    public const char RightGuillemet = '\u00BB';
    public const char ZeroWidthNonJoiner = '\u200C';
    public const char ZeroWidthJoiner = '\u200D';

    /// <summary>Letters of the Arabic script, base block and presentation forms alike.</summary>
    public static bool IsArabicLetter(char c) => c >= '\u0621' && ArabicLetters.IsArabicLetter(c);

    /// <summary>Harakat, Quranic marks and tatweel: they decorate a letter and never separate words.</summary>
    public static bool IsArabicMark(char c) => c is >= '\u0610' and <= '\u06ED' && (c == ArabicLetters.Tatweel || ArabicNormalizer.IsHaraka(c));

    /// <summary>ASCII, Arabic-Indic (U+0660..) and extended Arabic-Indic (U+06F0..) digits.</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9';

    /// <summary>Characters that join digit groups inside one number: 12.5, 1,000, ١٢٫٥, ١٬٠٠٠.</summary>
    public static bool IsNumberSeparator(char c) => c is '.' or ',' or ArabicDecimalSeparator or ArabicThousandsSeparator;

    /// <summary>Sentence-final punctuation, Latin and Arabic.</summary>
    public static bool IsTerminal(char c) =>
        c is '.' or '!' or '?' or ArabicQuestionMark or ArabicFullStop or Ellipsis or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    /// <summary>Latin letters: ASCII, Latin-1, Latin Extended A/B and Additional (accented transliterations).</summary>
    public static bool IsLatinLetter(char c) =>
        c < '\u0080' ? (uint)((c | 0x20) - 'a') <= 'z' - 'a'
            : (c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF') && c != '\u00D7' && c != '\u00F7';

    /// <summary>Marks that belong to the character before them (accents, variation selectors, non-Arabic combining marks).</summary>
    public static bool IsCombining(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Separators between tokens: whitespace, control characters, bidi controls and zero-width marks.</summary>
    public static bool IsSeparator(char c) =>
        c <= ' ' || (c >= '\u007F' && (char.IsWhiteSpace(c) || char.IsControl(c) || ArabicNormalizer.IsBidiOrZeroWidth(c)));

    /// <summary>True for characters that end a paragraph: line feed, carriage return, line and paragraph separators.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>Opening quotation marks and brackets (the ASCII quote is handled by the caller, it is both).</summary>
    public static bool IsOpening(char c) => c is '(' or '[' or '{' or LeftDoubleQuote or LeftGuillemet or '\u2018' or '\u201E' or '\u2039';

    /// <summary>Closing quotation marks and brackets.</summary>
    public static bool IsClosing(char c) => c is ')' or ']' or '}' or RightDoubleQuote or RightGuillemet or '\u2019' or '\u203A';

    /// <summary>Classifies the code point at <paramref name="index"/> of a non-letter, non-digit run (punctuation, symbol or other).</summary>
    public static TokenKind ClassifyOther(ReadOnlySpan<char> text, int index, out int length)
    {
        if (Rune.DecodeFromUtf16(text[index..], out var rune, out length) != System.Buffers.OperationStatus.Done)
        {
            length = 1; // a lone surrogate: its own token, never joined to a neighbour
            return TokenKind.Other;
        }
        if (rune.Value is '%' or '\u066A' or '\u2030' or '\u2031' or '#' or '@' or '&')
            return TokenKind.Symbol; // Unicode files these under punctuation; they work as symbols (50%, #tag, @user)
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol => TokenKind.Symbol,
            _ => TokenKind.Other,
        };
    }
}
