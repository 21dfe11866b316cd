using System.Globalization;
using System.Text;
using Hadath.Store;
using Hadath.Store.Export;
using Hadath.Store.Search;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath export --format jsonl|acled-csv|plover-json|geojson [filters as for search] [--mentions] [--output FILE]</c>:
/// writes the matching deduplicated events (one record per real-world event; with --mentions one per report).
/// </summary>
internal static class ExportCommand
{
    public static int Run(string[] args)
    {
        var a = new StoreArguments(args, ["--format", "--output"], ["--mentions"]);
        var formatName = a.Value("--format") ?? throw new UsageException("--format is required: jsonl, acled-csv, plover-json or geojson.");
        var format = EventExporter.Parse(formatName) ?? throw new UsageException($"--format {formatName}: expected jsonl, acled-csv, plover-json or geojson.");
        var filter = a.Filter();
        try
        {
            using var store = ArticleStore.Open(a.Db);
            var search = new EventSearch(store);
            var clusters = a.Flag("--mentions")
                ? search.Events(filter).Select(e => new EventCluster(e, [e]))
                : search.AllClusters(filter);
            var path = a.Value("--output");
            using var writer = path is null
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false }
                : new StreamWriter(path, append: false, new UTF8Encoding(false));
            var (written, skipped) = EventExporter.Write(clusters, format, writer);
            writer.Flush();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"export: {written:N0} events written{(skipped > 0 ? $", {skipped:N0} skipped ({Why(format)})" : "")}{(path is null ? "" : " to " + path)}."));
            return 0;
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"hadath export: {e.Message}");
            return 1;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"hadath export: cannot write {a.Value("--output")}: {e.Message}");
            return 1;
        }
    }

    private static string Why(ExportFormat format) => format switch
    {
        ExportFormat.GeoJson => "no coordinates",
        ExportFormat.AcledCsv => "not an ACLED event type",
        _ => "",
    };
}
