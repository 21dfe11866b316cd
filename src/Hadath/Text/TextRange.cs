namespace Hadath.Text;

/// <summary>Half-open range [Start, End) of UTF-16 indices into <see cref="Document.Text"/>, the text as received.</summary>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the range covers no characters.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>True when <paramref name="other"/> lies wholly inside this range.</summary>
    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two ranges share at least one character.</summary>
    public bool Overlaps(TextRange other) => other.Start < End && Start < other.End;

    /// <summary>The smallest range covering both.</summary>
    public TextRange Union(TextRange other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>The characters of <paramref name="text"/> this range covers.</summary>
    public string Slice(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
