namespace Hadath.Store.Search;

/// <summary>An actor or recipient of a stored event; <see cref="Start"/>/<see cref="End"/> locate it in the document text.</summary>
public sealed record StoredParticipant(string Name, string? Country, string? Sector, string? KbId, int? Start, int? End);
