using Hadath.Text;

namespace Hadath.Tagging;

/// <summary>A word found by <see cref="UdAnalyzer"/>: its form (harakat removed), UPOS (UD v1 tag set, as PADT v1.2), token and role.</summary>
public sealed record AnalyzedWord(string Form, string Upos, int TokenIndex, WordRole Role);
