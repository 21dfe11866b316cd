namespace Hadath.Store.Queue;

/// <summary>What a worker did.</summary>
/// <param name="Stored">Articles analysed and stored (added or replaced).</param>
/// <param name="Unchanged">Rows whose article was already stored under this version.</param>
/// <param name="Failed">Analyses that threw (the row is retried, then marked failed).</param>
/// <param name="Lost">Articles whose lease expired before they were stored (another worker took them over).</param>
public sealed record WorkerResult(int Stored, int Unchanged, int Failed, int Lost);
