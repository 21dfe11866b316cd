using System.Diagnostics;
using System.Globalization;

namespace Hadath.Cli.Terminal;

/// <summary>
/// A one-line progress bar on stderr: percentage, count, rate and ETA, redrawn at most five times a second. Silent
/// when stderr or stdout is redirected (a log file or a pipe gets no carriage-return noise).
/// </summary>
internal sealed class ProgressBar
{
    private const int Width = 24;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private bool _drawn;

    public ProgressBar(bool enabled) => Enabled = enabled && !Console.IsErrorRedirected && !Console.IsOutputRedirected;

    public bool Enabled { get; }

    /// <param name="fraction">0..1, or a negative number when the total is unknown.</param>
    /// <param name="count">Items done.</param>
    /// <param name="rate">Items per second.</param>
    public void Update(double fraction, long count, double rate, TimeSpan elapsed, long errors, bool force = false)
    {
        if (!Enabled || (!force && _drawn && _sinceDraw.Elapsed < Interval)) return;
        _sinceDraw.Restart();
        _drawn = true;
        var line = fraction >= 0
            ? $"{fraction * 100,3:0}% [{new string('#', (int)(fraction * Width)).PadRight(Width, '-')}] "
            : "";
        line += string.Create(CultureInfo.InvariantCulture, $"{count:N0} articles  {rate:N0}/s");
        if (fraction > 0.01 && fraction < 1) line += "  ETA " + Format(TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - fraction) / fraction));
        if (errors > 0) line += string.Create(CultureInfo.InvariantCulture, $"  ({errors:N0} errors)");
        Console.Error.Write("\r" + line.PadRight(Math.Max(0, Math.Min(Console.WindowWidth, 100) - 1)));
    }

    /// <summary>Ends the bar's line so later output starts on a fresh one.</summary>
    public void Finish()
    {
        if (Enabled && _drawn) Console.Error.WriteLine();
        _drawn = false;
    }

    /// <summary>Writes a message above the bar (errors while it runs).</summary>
    public void Message(string text)
    {
        if (Enabled && _drawn) Console.Error.Write("\r" + new string(' ', Math.Max(0, Math.Min(Console.WindowWidth, 100) - 1)) + "\r");
        Console.Error.WriteLine(text);
        _drawn = false;
    }

    private static string Format(TimeSpan t) => t.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}:{t.Seconds:00}");
}
