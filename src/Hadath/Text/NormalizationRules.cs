namespace Hadath.Text;

/// <summary>
/// The rewrites <see cref="ArabicNormalizer"/> can apply, each its own flag so matching, features and search
/// can choose. <see cref="ForMatching"/> is the set used to compare names and triggers.
/// </summary>
[Flags]
public enum NormalizationRules
{
    None = 0,
    /// <summary>Arabic presentation forms (U+FB50..U+FDFF, U+FE70..U+FEFF) to their base letters (NFKC), ligatures expanded.</summary>
    PresentationForms = 1 << 0,
    /// <summary>أ إ آ ٱ to bare alef ا: writers and MT drop or misplace hamza seats.</summary>
    AlefVariants = 1 << 1,
    /// <summary>ؤ to و and ئ to ي: hamza on waw/yeh seats, spelled both ways.</summary>
    HamzaSeats = 1 << 2,
    /// <summary>Alef maksura ى to yeh ي: Egyptian and much web text writes final yeh without dots.</summary>
    AlefMaksura = 1 << 3,
    /// <summary>Teh marbuta ة to heh ه: often written without dots.</summary>
    TehMarbuta = 1 << 4,
    /// <summary>Remove harakat (U+064B..U+065F), superscript alef U+0670 and Quranic marks.</summary>
    Harakat = 1 << 5,
    /// <summary>Remove tatweel U+0640 (kashida), a purely visual stretch.</summary>
    Tatweel = 1 << 6,
    /// <summary>Arabic-Indic digits ٠..٩ to ASCII 0..9.</summary>
    ArabicIndicDigits = 1 << 7,
    /// <summary>Extended (Persian/Urdu) digits ۰..۹ to ASCII 0..9.</summary>
    PersianDigits = 1 << 8,
    /// <summary>Remove bidi controls (LRM, RLM, ALM, embeddings, isolates), zero-width joiners/spaces and BOM.</summary>
    BidiAndZeroWidth = 1 << 9,
    /// <summary>Arabic comma ، semicolon ؛ question mark ؟ and decimal/thousands separators to ASCII , ; ? . ,</summary>
    ArabicPunctuation = 1 << 10,
    /// <summary>Persian yeh ی and keheh ک (common in Gulf/Persian-keyboard text) to Arabic ي and ك.</summary>
    PersianLetters = 1 << 11,

    /// <summary>Everything: the view used for matching names, triggers and search.</summary>
    ForMatching = PresentationForms | AlefVariants | HamzaSeats | AlefMaksura | TehMarbuta | Harakat | Tatweel
        | ArabicIndicDigits | PersianDigits | BidiAndZeroWidth | ArabicPunctuation | PersianLetters,

    /// <summary>Only what never changes a word's identity: the view used for tokenising and tagging.</summary>
    Orthographic = PresentationForms | Harakat | Tatweel | ArabicIndicDigits | PersianDigits | BidiAndZeroWidth
        | ArabicPunctuation | PersianLetters,
}
