using System.Globalization;
using Hadath.Store;
using Hadath.Store.Search;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath search [WORDS|"PHRASE"...] [--type T,...] [--actor A] [--place P] [--country ISO3] [--from D] [--to D]
/// [--count-by day|actor|place|type|country] [--articles] [--limit N] [--db ...]</c>: deduplicated events (newest
/// first, with their number of independent sources), counts, or matching articles.
/// </summary>
internal static class SearchCommand
{
    public static int Run(string[] args)
    {
        var a = new StoreArguments(args, ["--count-by", "--limit"], ["--articles"]);
        var filter = a.Filter();
        var limit = a.Int("--limit", 50);
        try
        {
            using var store = ArticleStore.Open(a.Db);
            var search = new EventSearch(store);
            var output = Console.Out;
            if (a.Value("--count-by") is { } by)
            {
                var key = Enum.TryParse<CountKey>(by, ignoreCase: true, out var k) && !int.TryParse(by, out _)
                    ? k : throw new UsageException($"--count-by {by}: expected day, actor, place, type or country.");
                var rows = search.CountBy(filter, key);
                output.WriteLine($"{by.ToLowerInvariant(),-24}\tevents\treports");
                foreach (var row in rows) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Key,-24}\t{row.Events}\t{row.Mentions}"));
                return 0;
            }
            if (a.Flag("--articles"))
            {
                foreach (var hit in search.Articles(filter, limit))
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Published ?? "----------"}  {hit.Outlet,-16}  {hit.Events,3} events  {hit.ExtId}  {hit.Title}"));
                return 0;
            }
            var clusters = search.Clusters(filter, limit);
            foreach (var c in clusters)
            {
                var e = c.Representative;
                var who = string.Join(", ", e.Actors.Select(x => x.Name));
                var whom = string.Join(", ", e.Recipients.Select(x => x.Name));
                var where = e.LocationName is null ? "" : $" @ {e.LocationName}{(e.LocationCountry is null ? "" : ", " + e.LocationCountry)}";
                var flags = (e.Hypothetical ? " hypothetical" : "") + (e.Negated ? " negated" : "") + (e.Historical ? " historical" : "");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{e.Day ?? "----------"}  {e.Type}{(e.Mode is null ? "" : "/" + e.Mode)}  {who}{(whom.Length > 0 ? " -> " + whom : "")}{where}{flags}  [{c.Sources} sources, {e.ClusterMentions} reports]"));
                output.WriteLine($"    {Shorten(e.Evidence)}  ({e.ArticleExtId}, {e.Outlet})");
            }
            if (clusters.Count == 0) Console.Error.WriteLine("hadath search: no events match.");
            return 0;
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"hadath search: {e.Message}");
            return 1;
        }
    }

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }
}
