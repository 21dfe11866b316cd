namespace Hadath.Tagging;

/// <summary>
/// Reads the NER training corpora into one IOB2 scheme with types PER, ORG, LOC, MISC:
/// ANERcorp (PERS becomes PER), AQMAR (MIS becomes MISC) and Wojood (nested, 21 types: see <see cref="WojoodType"/>).
/// </summary>
public static class NerCorpora
{
    /// <summary>The four types every corpus is mapped onto.</summary>
    public static readonly IReadOnlyList<string> Types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>Reads a flat `token TAG` file, renaming types (PERS to PER, MIS to MISC); unknown types fail with the line.</summary>
    public static List<(string[] Tokens, string[] Tags)> ReadFlat(string path)
    {
        var result = new List<(string[], string[])>();
        foreach (var s in ConllReader.Read(path, minColumns: 2))
        {
            var tags = new string[s.Tokens.Count];
            for (var i = 0; i < tags.Length; i++)
            {
                var raw = s.Columns[i][^1];
                var (prefix, type) = EntitySpans.Split(raw);
                if (prefix == 'O' && raw != "O")
                    throw new InvalidDataException($"{path}:{s.FirstLine + i}: tag '{raw}' is neither O nor B-/I-TYPE.");
                var mapped = type is null ? null : FlatType(type)
                    ?? throw new InvalidDataException($"{path}:{s.FirstLine + i}: unknown entity type '{type}' (expected PER/PERS, ORG, LOC, MISC/MIS).");
                tags[i] = mapped is null ? "O" : $"{prefix}-{mapped}";
            }
            result.Add(([.. s.Tokens], tags));
        }
        return result;
    }

    /// <summary>
    /// Reads Wojood's nested format (one tag column per nesting level), maps types with <see cref="WojoodType"/>,
    /// drops unmapped ones and keeps the outermost mapped span where spans overlap. Paragraph markers "$#$" are dropped.
    /// </summary>
    public static List<(string[] Tokens, string[] Tags)> ReadWojood(string path)
    {
        var result = new List<(string[], string[])>();
        foreach (var s in ConllReader.Read(path, minColumns: 2))
        {
            var keep = Enumerable.Range(0, s.Tokens.Count).Where(i => s.Tokens[i] != "$#$").ToArray();
            if (keep.Length == 0) continue;
            var levels = keep.Max(i => s.Columns[i].Length);
            var spans = new List<EntitySpan>();
            for (var level = 0; level < levels; level++)
            {
                var column = keep.Select(i => level < s.Columns[i].Length ? s.Columns[i][level] : "O").ToArray();
                foreach (var span in EntitySpans.FromTags(column))
                    if (WojoodType(span.Type) is { } type) spans.Add(span with { Type = type });
            }
            var chosen = new List<EntitySpan>();
            foreach (var span in spans.OrderByDescending(x => x.End - x.Start).ThenBy(x => x.Start))
                if (chosen.All(c => c.End <= span.Start || span.End <= c.Start)) chosen.Add(span);
            result.Add((keep.Select(i => s.Tokens[i]).ToArray(), EntitySpans.ToTags(chosen, keep.Length)));
        }
        return result;
    }

    /// <summary>ANERcorp/AQMAR type names to ours, or null for an unknown name.</summary>
    public static string? FlatType(string type) => type switch
    {
        "PER" or "PERS" => "PER",
        "ORG" => "ORG",
        "LOC" => "LOC",
        "MISC" or "MIS" => "MISC",
        _ => null,
    };

    /// <summary>
    /// Wojood's types as ANERcorp annotates them: GPE, LOC and FAC are places (LOC); EVENT, PRODUCT and
    /// CURR are MISC (ANERcorp tags currencies, events and products MISC). NORP, OCC, dates, numbers, LAW,
    /// LANGUAGE and WEBSITE map to nothing: ANERcorp leaves nationalities and titles untagged.
    /// </summary>
    public static string? WojoodType(string type) => type switch
    {
        "PERS" => "PER",
        "ORG" => "ORG",
        "GPE" or "LOC" or "FAC" => "LOC",
        "EVENT" or "PRODUCT" or "CURR" => "MISC",
        _ => null,
    };
}
