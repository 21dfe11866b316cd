using System.Globalization;
using Hadath.Cli.Extraction;
using Hadath.Store;
using Hadath.Store.Queue;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath worker [--db postgres://...] [--follow] [--batch N] [--lease SECONDS] [--name NAME]</c>: processes the
/// store's shared queue (filled by <c>hadath ingest --enqueue</c>) until it is empty, or for ever with --follow.
/// Start as many as you like, on as many machines: each article is stored once, and a dead worker's articles
/// return to the queue when its lease expires.
/// </summary>
internal static class WorkerCommand
{
    public static int Run(string[] args)
    {
        var a = new StoreArguments(args, ["--batch", "--lease", "--name"], ["--follow", "--quiet"]);
        if (a.Positional.Count > 0) throw new UsageException($"unexpected argument '{a.Positional[0]}'; the worker reads its articles from the queue.");
        var lease = TimeSpan.FromSeconds(a.Int("--lease", 60, min: 5));
        var options = new WorkerOptions
        {
            BatchSize = a.Int("--batch", 8),
            Lease = lease,
            Heartbeat = lease / 4,
            Follow = a.Flag("--follow"),
        };
        if (a.Value("--name") is { } name) options = options with { Name = name };
        var analyzer = DefaultAnalyzer.Create();
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var quiet = a.Flag("--quiet") || Console.IsErrorRedirected;
            var last = DateTime.UtcNow;
            var result = new QueueWorker(analyzer, options).Run(a.Db, e => Console.Error.WriteLine($"hadath worker: {e}"), p =>
            {
                if (quiet || DateTime.UtcNow - last < TimeSpan.FromSeconds(5)) return;
                last = DateTime.UtcNow;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"worker {options.Name}: {p.Stored:N0} stored, {p.Unchanged:N0} unchanged, {p.Failed:N0} failed"));
            }, cancel.Token);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"worker {options.Name}: {result.Stored:N0} stored, {result.Unchanged:N0} unchanged, {result.Failed:N0} failed, {result.Lost:N0} lost leases [{analyzer.Version}]"));
            return result.Failed > 0 ? 1 : 0;
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"hadath worker: {e.Message}");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
