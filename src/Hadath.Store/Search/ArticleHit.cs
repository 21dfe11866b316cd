namespace Hadath.Store.Search;

/// <summary>An article a full-text search found.</summary>
public sealed record ArticleHit(long Id, string ExtId, string? Published, string Outlet, string? Title, string? Url, long Events);
