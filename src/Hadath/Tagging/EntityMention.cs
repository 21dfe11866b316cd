using Hadath.Text;

namespace Hadath.Tagging;

/// <summary>
/// A span of the text that names an entity. <see cref="Range"/> covers the name only, without clitics
/// glued to it (in "للدروز" it covers the characters after the preposition ل).
/// <see cref="Source"/> names the stage, rule or model that found it.
/// </summary>
public sealed record EntityMention(TextRange Range, string Text, EntityType Type, string Source, double Confidence = 1.0);
