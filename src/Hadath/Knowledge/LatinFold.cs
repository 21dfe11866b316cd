namespace Hadath.Knowledge;

/// <summary>
/// Lower-cases Latin letters and strips their accents ("Jean-Noël" → "jean-noel", "Ţarţūs" → "tartus") without
/// <see cref="string.Normalize()"/>, which is unavailable under InvariantGlobalization. Covers Latin-1, Latin
/// Extended-A/B and Latin Extended Additional (ḍ ḥ ṣ ṭ ẓ), the letters English, French, Turkish and GeoNames
/// transliterations use.
/// </summary>
public static class LatinFold
{
    // Base letter of each code point U+00C0..U+024F, then U+1E00..U+1EFF; '.' marks "not a letter".
    // Generated from Unicode decompositions (NFKD, marks dropped) by tools/gen_latin_fold.py.
    private const string Latin = "aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnn.nnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsbbbb...cc.ddd....ffg....kkl..nnooo..pp.....ttttuu.vyyzz.............dddlllnnnaaiioouuuuuuuuuu.aaaa....ggkkoooo..jdddgg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hhn...zzaaeeooooooooyy.......ccl.....b..eejjqqrryy";
    private const string LatinAdditional = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyas..s.aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

    /// <summary>The folded lower-case form of <paramref name="c"/>; other characters come back unchanged.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        var f = c switch
        {
            >= '\u00C0' and <= '\u024F' => Latin[c - 0xC0],
            >= '\u1E00' and <= '\u1EFF' => LatinAdditional[c - 0x1E00],
            _ => c,
        };
        return f == '.' ? c : f;
    }

    /// <summary>True for ASCII letters and the accented Latin letters <see cref="Fold"/> maps to a base letter.</summary>
    public static bool IsLatinLetter(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || c >= '\u00C0' && Fold(c) is >= 'a' and <= 'z';

    /// <summary>Marks that sit inside transliterated words ("Dar'a", "Ṣan‘ā’", "I`zaz"): dropped, not split on.</summary>
    public static bool IsWordInternalMark(char c) =>
        c is '\'' or '`' or '\u2018' or '\u2019' or '\u02BB' or '\u02BC' or '\u02BE' or '\u02BF' or '\u00B4';
}
