using Hadath.Text;

namespace Hadath.Knowledge;

/// <summary>
/// A run of words of a text that names knowledge-base entries. <see cref="Range"/> is in the original text and
/// excludes proclitics ("للدروز" → "لدروز" minus nothing more: the range starts after the preposition ل);
/// <see cref="Hits"/> are every entry the words name, before disambiguation.
/// </summary>
public sealed record GazetteerMatch(TextRange Range, string Text, MatchTier Tier, IReadOnlyList<KbHit> Hits, int FirstWord, int WordCount);
