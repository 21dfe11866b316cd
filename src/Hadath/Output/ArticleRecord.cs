using System.Text.Json.Serialization;

namespace Hadath.Output;

/// <summary>
/// One article in the schema of GOLD_FORMAT.md: the shape of gold files and of `hadath extract --format eval`
/// output, so both can be scored against each other. Property names are the schema's snake_case field names.
/// </summary>
public sealed record ArticleRecord
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    /// <summary>YYYY-MM-DD.</summary>
    [JsonPropertyName("published")] public string? Published { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("entities")] public List<EntityRecord> Entities { get; init; } = [];
    [JsonPropertyName("events")] public List<EventJson> Events { get; init; } = [];
    [JsonPropertyName("quotes")] public List<QuoteJson> Quotes { get; init; } = [];
}

/// <summary>A named entity of an article (GOLD_FORMAT.md "Entities").</summary>
public sealed record EntityRecord
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("aliases")] public List<string> Aliases { get; init; } = [];
    /// <summary>PER, ORG, LOC or GRP.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }
    /// <summary>ISO 3166-1 alpha-3 or null.</summary>
    [JsonPropertyName("country")] public string? Country { get; init; }
    /// <summary>Arabic surface strings exactly as in the document.</summary>
    [JsonPropertyName("mentions")] public List<string> Mentions { get; init; } = [];
}

/// <summary>An event participant: canonical name or description, country, PLOVER sector.</summary>
public sealed record ActorJson
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("country")] public string? Country { get; init; }
    [JsonPropertyName("sector")] public string? Sector { get; init; }
}

public sealed record LocationJson
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("country")] public string? Country { get; init; }
}

public sealed record SizeJson
{
    [JsonPropertyName("dead")] public int? Dead { get; init; }
    [JsonPropertyName("injured")] public int? Injured { get; init; }
    [JsonPropertyName("arrested")] public int? Arrested { get; init; }
}

/// <summary>A PLOVER event (GOLD_FORMAT.md "Events").</summary>
public sealed record EventJson
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("mode")] public string? Mode { get; init; }
    [JsonPropertyName("actor")] public List<ActorJson> Actor { get; init; } = [];
    [JsonPropertyName("recipient")] public List<ActorJson> Recipient { get; init; } = [];
    [JsonPropertyName("location")] public LocationJson? Location { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("size")] public SizeJson? Size { get; init; }
    [JsonPropertyName("historical")] public bool Historical { get; init; }
    [JsonPropertyName("hypothetical")] public bool Hypothetical { get; init; }
    [JsonPropertyName("negated")] public bool Negated { get; init; }
    [JsonPropertyName("evidence")] public string? Evidence { get; init; }
}

/// <summary>An attributed statement (GOLD_FORMAT.md "Quotes").</summary>
public sealed record QuoteJson
{
    [JsonPropertyName("speaker")] public string? Speaker { get; init; }
    [JsonPropertyName("speaker_mention")] public string? SpeakerMention { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
}
