namespace Hadath.Store.Search;

/// <summary>A deduplicated real-world event: its best-supported mention and every mention the filter kept.</summary>
/// <param name="Representative">The mention with the highest confidence (the earliest stored on ties).</param>
public sealed record EventCluster(StoredEvent Representative, IReadOnlyList<StoredEvent> Mentions)
{
    public long Id => Representative.ClusterId;

    /// <summary>Distinct outlets reporting the event.</summary>
    public int Sources => Representative.ClusterSources;
}
