namespace Hadath.Store;

/// <summary>What <see cref="ArticleStore.Save"/> did with an article.</summary>
public enum SaveResult
{
    /// <summary>First time this content was stored.</summary>
    Added,
    /// <summary>Stored before under another engine version; its records were replaced.</summary>
    Replaced,
    /// <summary>Already stored under this engine version; nothing changed.</summary>
    Unchanged,
}
