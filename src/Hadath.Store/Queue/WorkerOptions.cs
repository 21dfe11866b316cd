namespace Hadath.Store.Queue;

/// <summary>How a queue worker runs.</summary>
public sealed record WorkerOptions
{
    /// <summary>Rows claimed at once.</summary>
    public int BatchSize { get; init; } = 8;

    /// <summary>How long a claim lasts without a heartbeat; a dead worker's rows come back after this.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Heartbeat period; well under <see cref="Lease"/>.</summary>
    public TimeSpan Heartbeat { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Wait between polls of an empty queue.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Keep waiting for new work when the queue is empty (else stop once nothing is queued or leased).</summary>
    public bool Follow { get; init; }

    /// <summary>Claims of one article before it is marked failed.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Worker name in lease_owner; unique per process by default.</summary>
    public string Name { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
