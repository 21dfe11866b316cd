using Hadath.Tagging;

namespace Hadath.Knowledge.Build;

/// <summary>A knowledge-base entry while sources are merged into it; names are de-duplicated by exact key.</summary>
internal sealed class EntryDraft
{
    private readonly HashSet<string> _arKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _enKeys = new(StringComparer.Ordinal);

    public required string Id { get; init; }
    public string? Qid { get; set; }
    public required EntityType Type { get; set; }
    public required string NameEn { get; set; }
    public List<KbName> AliasesEn { get; } = [];
    public List<KbName> NamesAr { get; } = [];
    public string? Country { get; set; }
    public string? Sector { get; set; }
    public List<KbRole> Roles { get; } = [];
    public KbPlace? Place { get; set; }
    public required string Origin { get; init; }

    /// <summary>Adds an Arabic name unless one with the same exact key is there (then the more permissive use wins).</summary>
    public void AddArabic(string? text, NameUse use = NameUse.Full) => AddName(NamesAr, _arKeys, text, use);

    /// <summary>Adds a Latin-script alias unless it duplicates the canonical name or another alias.</summary>
    public void AddEnglish(string? text, NameUse use = NameUse.Full)
    {
        if (text is null || NameKeys.Exact(text) == NameKeys.Exact(NameEn)) return;
        AddName(AliasesEn, _enKeys, text, use);
    }

    /// <summary>Removes the Arabic names whose exact key is <paramref name="text"/>'s.</summary>
    public void RemoveArabic(string text)
    {
        var key = NameKeys.Exact(text);
        NamesAr.RemoveAll(n => NameKeys.Exact(n.Text) == key);
        _arKeys.Remove(key);
    }

    /// <summary>Sets the use of the Arabic name with <paramref name="text"/>'s exact key.</summary>
    public void SetArabicUse(string text, NameUse use)
    {
        var key = NameKeys.Exact(text);
        for (var i = 0; i < NamesAr.Count; i++)
            if (NameKeys.Exact(NamesAr[i].Text) == key) NamesAr[i] = NamesAr[i] with { Use = use };
    }

    private static void AddName(List<KbName> list, HashSet<string> keys, string? text, NameUse use)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        text = text.Trim();
        var key = NameKeys.Exact(text);
        if (key.Length == 0) return;
        if (keys.Add(key))
        {
            list.Add(new KbName(text, use));
            return;
        }
        for (var i = 0; i < list.Count; i++)
            if (use < list[i].Use && NameKeys.Exact(list[i].Text) == key) list[i] = list[i] with { Use = use };
    }

    public KbEntry Freeze() => new()
    {
        Id = Id, Qid = Qid, Type = Type, NameEn = NameEn, AliasesEn = [.. AliasesEn], NamesAr = [.. NamesAr],
        Country = Country, Sector = Sector, Roles = [.. Roles], Place = Place, Origin = Origin,
    };
}
