using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// An attributed statement. <see cref="Content"/> covers what was said, without the speech verb;
/// <see cref="SpeakerRange"/> the words naming the speaker (for a continuation such as "وأضاف", the earlier mention).
/// </summary>
public sealed record QuoteRecord(
    string Speaker,
    TextRange? SpeakerRange,
    TextRange Content,
    TextRange Cue,
    bool Direct,
    string Source);
