using Hadath.IO;

namespace Hadath.Store.Queue;

/// <summary>A claimed queue row: the article and how many times it has been claimed (this claim included).</summary>
public sealed record QueueItem(string Hash, SourceArticle Article, int Attempts);
