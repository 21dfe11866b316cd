namespace Hadath.Text;

/// <summary>Named Arabic code points, so source files never hold look-alike literals.</summary>
public static class ArabicLetters
{
    public const char Hamza = '\u0621';
    public const char AlefMadda = '\u0622';
    public const char AlefHamzaAbove = '\u0623';
    public const char WawHamza = '\u0624';
    public const char AlefHamzaBelow = '\u0625';
    public const char YehHamza = '\u0626';
    public const char Alef = '\u0627';
    public const char Beh = '\u0628';
    public const char TehMarbuta = '\u0629';
    public const char Teh = '\u062A';
    public const char Seen = '\u0633';
    public const char Ain = '\u0639';
    public const char Tatweel = '\u0640';
    public const char Feh = '\u0641';
    public const char Qaf = '\u0642';
    public const char Kaf = '\u0643';
    public const char Lam = '\u0644';
    public const char Meem = '\u0645';
    public const char Noon = '\u0646';
    public const char Heh = '\u0647';
    public const char Waw = '\u0648';
    public const char AlefMaksura = '\u0649';
    public const char Yeh = '\u064A';
    public const char AlefWasla = '\u0671';
    public const char Keheh = '\u06A9';
    public const char FarsiYeh = '\u06CC';

    /// <summary>True for letters of the Arabic block and its supplements (not digits, marks or punctuation).</summary>
    public static bool IsArabicLetter(char c) =>
        c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or >= '\u0671' and <= '\u06D3' or '\u06D5'
            or >= '\u06EE' and <= '\u06EF' or >= '\u06FA' and <= '\u06FF' or >= '\u0750' and <= '\u077F'
            or >= '\u08A0' and <= '\u08C9' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC';
}
