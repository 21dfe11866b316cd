namespace Hadath.Store;

/// <summary>A store that cannot be used as asked (wrong schema version, unreachable server); the message says why.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
