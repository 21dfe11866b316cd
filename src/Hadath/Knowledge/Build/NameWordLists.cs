namespace Hadath.Knowledge.Build;

/// <summary>The word lists of the embedded Knowledge/Data/name-words.tsv, as sets of exact keys.</summary>
internal static class NameWordLists
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Lists = new(Load);

    /// <summary>Words that make a dictionary name a description ("رئيس", "وزير").</summary>
    public static HashSet<string> TitleWords => Lists.Value["title"];

    /// <summary>First words of organisation names ("حركة", "حزب").</summary>
    public static HashSet<string> OrgWords => Lists.Value["org"];

    /// <summary>Last words that are no surname ("بن", "الثاني").</summary>
    public static HashSet<string> NotSurnames => Lists.Value["not-surname"];

    private static Dictionary<string, HashSet<string>> Load()
    {
        const string file = "name-words.tsv";
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in Hadath.Text.EmbeddedData.ReadTsv(file))
        {
            if (row.Fields.Length != 2) throw Hadath.Text.EmbeddedData.BadRow(file, row, $"expected list<TAB>word, found {row.Fields.Length} fields");
            if (!lists.TryGetValue(row[0], out var set)) lists[row[0]] = set = new(StringComparer.Ordinal);
            set.Add(NameKeys.Exact(row[1]));
        }
        return lists;
    }
}
