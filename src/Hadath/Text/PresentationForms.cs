using System.Globalization;

namespace Hadath.Text;

/// <summary>
/// NFKC replacements of Arabic presentation forms, loaded from the embedded table
/// <c>Text/Data/presentation-forms.tsv</c> (see tools/gen_presentation_forms.py for its provenance).
/// </summary>
internal static class PresentationForms
{
    private const int FirstA = 0xFB50, LastA = 0xFDFF, FirstB = 0xFE70, LastB = 0xFEFE;
    private static readonly string?[] BlockA = new string?[LastA - FirstA + 1];
    private static readonly string?[] BlockB = new string?[LastB - FirstB + 1];

    static PresentationForms()
    {
        using var stream = typeof(PresentationForms).Assembly.GetManifestResourceStream("Hadath.Data.presentation-forms.tsv")
            ?? throw new InvalidOperationException("Embedded resource presentation-forms.tsv is missing from the Hadath assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            var code = int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var replacement = string.Concat(parts[1].Split(' ').Select(h => (char)int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            if (code <= LastA) BlockA[code - FirstA] = replacement;
            else BlockB[code - FirstB] = replacement;
        }
    }

    /// <summary>True when <paramref name="c"/> lies in one of the two presentation-form blocks.</summary>
    public static bool IsPresentationForm(char c) => c is >= (char)FirstA and <= (char)LastA or >= (char)FirstB and <= (char)LastB;

    /// <summary>The base letters for <paramref name="c"/>, or null when it has no compatibility mapping.</summary>
    public static string? Replacement(char c) =>
        c <= LastA ? (c >= FirstA ? BlockA[c - FirstA] : null) : (c >= FirstB && c <= LastB ? BlockB[c - FirstB] : null);
}
