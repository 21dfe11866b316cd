using System.Diagnostics;
using System.Globalization;
using Hadath.Knowledge;
using Hadath.Knowledge.Build;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath kb build | stats | lookup NAME [--date YYYY-MM-DD]</c>: compile, describe and query the knowledge base.
/// </summary>
internal static class KbCommand
{
    private const string Usage = """
        usage: hadath kb build [--data DIR] [--kb DIR] [--out FILE]   compile kb/compiled/kb.bin.gz from ../shared/data + kb/*.tsv
               hadath kb stats [--kb-file FILE]                       entry counts, names, artifact size
               hadath kb lookup NAME [--date YYYY-MM-DD] [--kb-file FILE]   entries named NAME, or holding the position NAME describes
               hadath kb annotate ARTICLES.jsonl [--kb-file FILE]     entities found by the gazetteer alone, as GOLD_FORMAT lines
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0) { Console.Error.WriteLine(Usage); return 2; }
        try
        {
            return args[0] switch
            {
                "build" => Build(args[1..]),
                "stats" => Stats(args[1..]),
                "lookup" => Lookup(args[1..]),
                "annotate" => Annotate(args[1..]),
                _ => Fail($"hadath kb: unknown subcommand '{args[0]}'\n{Usage}"),
            };
        }
        catch (Exception e) when (e is FormatException or IOException or InvalidDataException or ArgumentException)
        {
            Console.Error.WriteLine($"hadath kb: {e.Message}");
            return 1;
        }
    }

    private static int Build(string[] args)
    {
        var root = RepositoryRoot();
        var kbDir = Option(args, "--kb") ?? (root is null ? null : Path.Combine(root, "kb"));
        if (kbDir is null || !File.Exists(Path.Combine(kbDir, "actors.tsv")))
            return Fail("hadath kb build: no kb/ folder with actors.tsv here or above; pass --kb DIR");
        var data = Option(args, "--data") ?? Path.GetFullPath(Path.Combine(kbDir, "..", "..", "shared", "data"));
        if (!Directory.Exists(Path.Combine(data, "gazetteers")))
            return Fail($"hadath kb build: {data}/gazetteers not found; pass --data DIR (the shared data folder)");
        var output = Option(args, "--out") ?? Path.Combine(kbDir, "compiled", "kb.bin.gz");
        var clock = Stopwatch.StartNew();
        var builder = new KbBuilder(data, kbDir, Console.Error);
        var kb = builder.Build();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var temp = output + ".tmp";
        using (var f = File.Create(temp)) KbSerializer.Write(kb, f);
        File.Move(temp, output, overwrite: true);
        Console.WriteLine($"{output}: {kb.Entries.Count:N0} entries, {new FileInfo(output).Length:N0} bytes, built in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (origin, count) in builder.Counts.OrderByDescending(p => p.Value)) Console.WriteLine($"  {origin,-12} {count,8:N0}");
        return 0;
    }

    private static int Stats(string[] args)
    {
        var path = Option(args, "--kb-file") ?? KnowledgeBase.DefaultPath();
        if (path is null) return Fail("hadath kb stats: no knowledge base found; run 'hadath kb build' or pass --kb-file");
        var clock = Stopwatch.StartNew();
        var kb = KnowledgeBase.Load(path);
        var loadMs = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine($"{path}: {new FileInfo(path).Length:N0} bytes, loaded in {loadMs:F0} ms");
        Console.WriteLine($"entries {kb.Entries.Count:N0}; Arabic names {kb.Entries.Sum(e => e.NamesAr.Count):N0}; Latin names {kb.Entries.Sum(e => e.AliasesEn.Count + 1):N0}; roles {kb.Entries.Sum(e => e.Roles.Count):N0}");
        Console.WriteLine($"titles {kb.Titles.Count}; demonyms {kb.Demonyms.Count}; transliterations {kb.Transliterations.Count:N0}");
        Console.WriteLine($"keys: exact {kb.KeyCount(MatchTier.Exact):N0}, loose {kb.KeyCount(MatchTier.Loose):N0}, skeleton {kb.KeyCount(MatchTier.Skeleton):N0}");
        foreach (var g in kb.Entries.GroupBy(e => (e.Origin, e.Type)).OrderBy(g => g.Key.Origin).ThenBy(g => g.Key.Type))
            Console.WriteLine($"  {g.Key.Origin,-12} {g.Key.Type,-4} {g.Count(),8:N0}");
        return 0;
    }

    private static int Lookup(string[] args)
    {
        var name = string.Join(' ', args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)));
        if (name.Length == 0) return Fail("hadath kb lookup: give a NAME");
        DateOnly? date = null;
        if (Option(args, "--date") is { } d)
        {
            if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return Fail($"hadath kb lookup: --date '{d}' is not YYYY-MM-DD");
            date = parsed;
        }
        var path = Option(args, "--kb-file") ?? KnowledgeBase.DefaultPath();
        if (path is null) return Fail("hadath kb lookup: no knowledge base found; run 'hadath kb build' or pass --kb-file");
        var kb = KnowledgeBase.Load(path);
        var linker = new EntityLinker(kb);
        var result = linker.Link(name, null, new LinkContext(date));
        foreach (var c in result.Candidates) Print(kb, c.Entry, $"{c.Tier} {c.Use} score {c.Score:F2}", date);
        if (result.Candidates.Count == 0)
        {
            foreach (var (entry, role) in new RoleResolver(kb).Resolve(name, date))
                Print(kb, entry, $"role {role.Role} of {role.Country} {role.From:yyyy-MM-dd}..{role.To:yyyy-MM-dd}", date);
        }
        if (result.Entry is null && result.Candidates.Count == 0)
            Console.WriteLine($"NIL  {result.Name}  (no entry; English form from the transliteration table)");
        return 0;
    }

    private static int Annotate(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0])) return Fail("hadath kb annotate: give a JSONL file of articles (id, title, text, published)");
        var path = Option(args, "--kb-file") ?? KnowledgeBase.DefaultPath();
        if (path is null) return Fail("hadath kb annotate: no knowledge base found; run 'hadath kb build' or pass --kb-file");
        var linker = new DocumentLinker(KnowledgeBase.Load(path));
        var lineNumber = 0;
        foreach (var line in File.ReadLines(args[0]))
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            System.Text.Json.Nodes.JsonNode? article;
            try { article = System.Text.Json.Nodes.JsonNode.Parse(line); }
            catch (System.Text.Json.JsonException e) { return Fail($"{args[0]}:{lineNumber}: not JSON ({e.Message})"); }
            var title = article?["title"]?.GetValue<string>();
            var body = article?["text"]?.GetValue<string>() ?? "";
            DateOnly? published = DateOnly.TryParse(article?["published"]?.GetValue<string>(), CultureInfo.InvariantCulture, out var p) ? p : null;
            var doc = Hadath.Text.Document.FromArticle(article?["id"]?.GetValue<string>() ?? $"line-{lineNumber}", title, body, published);
            var (mentions, entities) = linker.Annotate(doc.Text, published);
            var output = new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = doc.Id,
                ["entities"] = new System.Text.Json.Nodes.JsonArray(entities.Select(e => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
                {
                    ["name"] = e.Name,
                    ["kb"] = e.EntryId,
                    ["type"] = e.Type.ToString(),
                    ["country"] = e.Country,
                    ["mentions"] = new System.Text.Json.Nodes.JsonArray(e.MentionIndices.Select(i => mentions[i].Text).Distinct()
                        .Select(t => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(t)!).ToArray()),
                }).ToArray()),
                ["events"] = new System.Text.Json.Nodes.JsonArray(),
                ["quotes"] = new System.Text.Json.Nodes.JsonArray(),
            };
            Console.WriteLine(output.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }
        return 0;
    }

    private static void Print(KnowledgeBase kb, KbEntry e, string how, DateOnly? date)
    {
        Console.WriteLine($"{e.Id}\t{e.Type}\t{e.NameEn}\t{e.Country ?? "-"}\t{e.SectorOn(date) ?? "-"}\t{how}");
        var names = string.Join("; ", e.NamesAr.Take(6).Select(n => n.Use == NameUse.Full ? n.Text : (n.Use == NameUse.Partial ? "~" : "?") + n.Text));
        if (names.Length > 0) Console.WriteLine($"\tar: {names}");
        if (e.AliasesEn.Count > 0) Console.WriteLine($"\ten: {string.Join("; ", e.AliasesEn.Take(6).Select(n => n.Text))}");
        foreach (var r in e.Roles.Where(r => r.Role is not null).Take(6))
            Console.WriteLine($"\trole: {r.Role} {r.Country} {r.Sector} {r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd}");
        if (e.Place is { } p)
            Console.WriteLine($"\tplace: {p.Latitude:F4},{p.Longitude:F4} {p.FeatureClass}/{p.FeatureCode} admin1 {p.Admin1 ?? "-"} pop {p.Population:N0} geonames {p.GeoNameId} precision {p.Precision}");
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "kb", "actors.tsv"))) return dir.FullName;
        return null;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
