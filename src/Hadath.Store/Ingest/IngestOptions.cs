namespace Hadath.Store.Ingest;

/// <summary>How an ingest runs.</summary>
public sealed record IngestOptions
{
    /// <summary>Articles analysed at once (threads); the analyzer must be thread-safe above 1.</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>Articles per transaction: a kill loses at most this many analyses (never stored data).</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>A batch is committed after this long even when not full, so a slow analyzer still makes progress durable.</summary>
    public TimeSpan BatchTime { get; init; } = TimeSpan.FromSeconds(2);
}
