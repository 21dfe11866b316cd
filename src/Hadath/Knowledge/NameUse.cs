namespace Hadath.Knowledge;

/// <summary>How a name of an entry may be used to find and link mentions.</summary>
public enum NameUse : byte
{
    /// <summary>Names the entry on its own anywhere in a text ("بنيامين نتنياهو", "سويدا").</summary>
    Full = 0,
    /// <summary>
    /// A partial name ("باراك", "عباس") that links only when the document also names the entry in full or
    /// unambiguously, because alone it is a common given name, word or another person's surname.
    /// </summary>
    Partial = 1,
    /// <summary>Found by <c>hadath kb lookup</c> and the linker but never by the text scanner (common words, codes).</summary>
    LookupOnly = 2,
}
