namespace Hadath.Evaluation;

/// <summary>A run of equal elements: a[<see cref="A"/>..A+Size) equals b[<see cref="B"/>..B+Size), indices in
/// sequence elements (code points when the sequences are strings). difflib's <c>Match(a, b, size)</c>.</summary>
public readonly record struct MatchingBlock(int A, int B, int Size);
