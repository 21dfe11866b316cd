namespace Hadath.Text;

/// <summary>What kind of abbreviation a token before a period is.</summary>
internal enum AbbreviationKind
{
    None,
    /// <summary>A single Arabic letter not after a number: a title or initial before a name (د. doctor, أ. professor, م. engineer).</summary>
    Title,
    /// <summary>م (AD), ه (Hijri) or ق.م (BC) after a year: usually the end of the sentence.</summary>
    Era,
    /// <summary>A single Latin capital: an initial (John F. Kennedy), the end of U.S., or a name such as X.</summary>
    LatinInitial,
    /// <summary>A Latin abbreviation such as Mr, Dr, Gen, Inc, etc.</summary>
    LatinAbbreviation,
}

/// <summary>
/// Decides whether a period after an abbreviation ends the sentence, by what precedes the abbreviation and
/// what follows the period (Arabic has no capitals, so the evidence is the neighbours' kind).
/// </summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Latin = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Sen", "Rep", "Gov",
        "Inc", "Ltd", "Co", "Corp", "No", "vs", "etc", "al", "approx", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Mt", "Ft",
    };

    /// <summary>Classifies token <paramref name="index"/>, which a period follows directly.</summary>
    public static AbbreviationKind Classify(string text, IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        var span = text.AsSpan(token.Range.Start, token.Range.Length);
        if (token.Kind == TokenKind.Arabic)
        {
            if (ArabicLetterCount(span) != 1) return AbbreviationKind.None;
            var letter = FirstArabicLetter(span);
            var afterNumber = index > 0 && tokens[index - 1].Kind == TokenKind.Number;
            var dotted = index > 1 && tokens[index - 1].Range.End == token.Range.Start && text[tokens[index - 1].Range.Start] == '.';
            if (dotted || (afterNumber && letter is ArabicLetters.Meem or ArabicLetters.Heh)) return AbbreviationKind.Era;
            return AbbreviationKind.Title;
        }
        if (token.Kind == TokenKind.Latin)
        {
            if (span.Length == 1 && span[0] is >= 'A' and <= 'Z') return AbbreviationKind.LatinInitial;
            if (Latin.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span)) return AbbreviationKind.LatinAbbreviation;
        }
        return AbbreviationKind.None;
    }

    /// <summary>Whether the period after abbreviation <paramref name="index"/> ends the sentence, given the token <paramref name="next"/> after it.</summary>
    public static bool EndsSentence(AbbreviationKind kind, string text, IReadOnlyList<Token> tokens, int index, int next)
    {
        var following = tokens[next];
        return kind switch
        {
            // د. أحمد: a name follows a title; anything but a word means the letter was the sentence's last word.
            AbbreviationKind.Title => following.Kind is not (TokenKind.Arabic or TokenKind.Latin or TokenKind.Number),
            AbbreviationKind.Era => true,
            // U.S. Army, John F. Kennedy continue in Latin; "موقع X. “كان" goes on in Arabic or with a quote: a new sentence.
            AbbreviationKind.LatinInitial or AbbreviationKind.LatinAbbreviation => following.Kind is not (TokenKind.Latin or TokenKind.Number),
            _ => true,
        };
    }

    private static int ArabicLetterCount(ReadOnlySpan<char> span)
    {
        var n = 0;
        foreach (var c in span)
            if (TextChars.IsArabicLetter(c)) n++;
        return n;
    }

    private static char FirstArabicLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
            if (TextChars.IsArabicLetter(c)) return c;
        return '\0';
    }
}
