using Hadath.Tagging;

namespace Hadath.Knowledge.Build;

/// <summary>
/// Adds each person's surname (last word of a full Arabic or English name) as a partial name: "الشيباني" links
/// to Asaad al-Shaibani once the document has named him in full, and never on its own.
/// </summary>
internal static class PartialNames
{
    // Last words that are no surname: nasab and kunya particles, regnal ordinals, "junior" (Data/name-words.tsv).
    private static readonly HashSet<string> NotSurnames = new(NameWordLists.NotSurnames.Concat(["jr", "ii", "iii", "bin", "ibn", "al", "abu"]),
        StringComparer.Ordinal);

    public static void Add(IEnumerable<EntryDraft> drafts)
    {
        foreach (var d in drafts.Where(d => d.Type == EntityType.PER))
        {
            foreach (var name in d.NamesAr.Where(n => n.Use == NameUse.Full).ToList())
                if (Surname(name.Text) is { } s) d.AddArabic(s, NameUse.Partial);
            if (Surname(d.NameEn) is { } en) d.AddEnglish(en, NameUse.Partial);
        }
    }

    private static string? Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;
        var last = words[^1];
        var key = NameKeys.Exact(last);
        return NameKeys.StripArticle(key).Length >= 3 && !NotSurnames.Contains(key) ? last : null;
    }
}
