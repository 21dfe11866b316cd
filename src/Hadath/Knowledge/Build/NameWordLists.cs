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
        const string name = "Hadath.Knowledge.Data.name-words.tsv";
        using var stream = typeof(NameWordLists).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var header = true;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header) { header = false; continue; }
            var cells = line.Split('\t');
            if (!lists.TryGetValue(cells[0], out var set)) lists[cells[0]] = set = new(StringComparer.Ordinal);
            set.Add(NameKeys.Exact(cells[1]));
        }
        return lists;
    }
}
