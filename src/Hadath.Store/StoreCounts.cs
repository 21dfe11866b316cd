namespace Hadath.Store;

/// <summary>Row counts of a store.</summary>
public sealed record StoreCounts(long Articles, long Events, long Clusters, long Entities, long Quotes, long Mentions);
