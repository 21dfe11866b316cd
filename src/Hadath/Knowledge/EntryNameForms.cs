namespace Hadath.Knowledge;

/// <summary>
/// Per knowledge-base entry, its Arabic names as the gazetteer's spelling check reads them: orthographic words
/// (<see cref="SpellingCheck.OrthographicWords"/>) and the name's key in each <see cref="MatchTier"/>. Computed on
/// first use of an entry and kept, because the same few hundred entries (countries, capitals, leaders) are checked
/// in every article and recomputing them was a fifth of the engine's time. Thread-safe: two threads racing on a
/// new entry compute the same value and one reference wins.
/// </summary>
internal sealed class EntryNameForms(KnowledgeBase kb)
{
    /// <summary>One Arabic name of an entry: its orthographic words and its keys, indexed by <see cref="MatchTier"/>.</summary>
    internal sealed record Name(string[] Words, string[] Keys);

    private readonly Name[]?[] _byEntry = new Name[]?[kb.Entries.Count];

    /// <summary>The names of entry <paramref name="entry"/> (index into <see cref="KnowledgeBase.Entries"/>), in NamesAr order.</summary>
    public Name[] Of(int entry)
    {
        if (_byEntry[entry] is { } known) return known;
        var names = kb.Entries[entry].NamesAr;
        var result = new Name[names.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var words = SpellingCheck.OrthographicWords(names[i].Text);
            var exactWords = Array.ConvertAll(words, NameKeys.Exact);
            result[i] = new Name(words, [string.Join(' ', exactWords), NameKeys.Loose(exactWords), NameKeys.Skeleton(exactWords)]);
        }
        _byEntry[entry] = result;
        return result;
    }
}
