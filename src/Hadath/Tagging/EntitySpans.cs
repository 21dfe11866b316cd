namespace Hadath.Tagging;

/// <summary>A typed token span [Start, End) of a tag sequence.</summary>
public readonly record struct EntitySpan(int Start, int End, string Type);

/// <summary>IOB tag sequences to spans and back, with conlleval's rules for ill-formed input.</summary>
public static class EntitySpans
{
    /// <summary>
    /// Chunks of an IOB1/IOB2 sequence as conlleval reads them: a chunk starts at B-X, or at I-X whose previous
    /// tag is O or of another type; it ends before O, B-, or a change of type. Tags are "O", "B-T" or "I-T".
    /// </summary>
    public static List<EntitySpan> FromTags(IReadOnlyList<string> tags)
    {
        var spans = new List<EntitySpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var (prefix, t) = i < tags.Count ? Split(tags[i]) : ('O', null);
            var begins = prefix == 'B' || (prefix == 'I' && t != type);
            if (type is not null && (prefix == 'O' || begins))
            {
                spans.Add(new EntitySpan(start, i, type));
                type = null;
            }
            if (begins) { start = i; type = t; }
        }
        return spans;
    }

    /// <summary>IOB2 tags for <paramref name="length"/> tokens holding non-overlapping <paramref name="spans"/>.</summary>
    public static string[] ToTags(IEnumerable<EntitySpan> spans, int length)
    {
        var tags = Enumerable.Repeat("O", length).ToArray();
        foreach (var s in spans)
            for (var i = s.Start; i < s.End; i++)
                tags[i] = (i == s.Start ? "B-" : "I-") + s.Type;
        return tags;
    }

    /// <summary>('B'|'I'|'O', type) of a tag; anything not B-/I- reads as O.</summary>
    public static (char Prefix, string? Type) Split(string tag)
    {
        if (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S')
            return (tag[0] is 'B' or 'S' ? 'B' : 'I', tag[2..]);
        return ('O', null);
    }
}
