namespace Hadath.Pipeline;

/// <summary>The annotation layers a <see cref="Hadath.Text.Document"/> can carry; stages declare which they need and add.</summary>
[Flags]
public enum Layers
{
    None = 0,
    /// <summary>The matching view of the text with its offset map (<see cref="Hadath.Text.NormalizedText"/>).</summary>
    Normalized = 1 << 0,
    /// <summary>Surface tokens (whitespace/punctuation units).</summary>
    Tokens = 1 << 1,
    /// <summary>Clitic-segmented words inside tokens.</summary>
    Words = 1 << 2,
    Sentences = 1 << 3,
    PartOfSpeech = 1 << 4,
    /// <summary>Named-entity mentions (typed spans).</summary>
    Mentions = 1 << 5,
    /// <summary>Mentions resolved to knowledge-base entries or NIL.</summary>
    Links = 1 << 6,
    Quotes = 1 << 7,
    Events = 1 << 8,
}
