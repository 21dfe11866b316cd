namespace Hadath.Text;

/// <summary>
/// Interns word forms during one tokenisation, so a document's thousand "في" share one string and
/// building a form from a span allocates only the first time it is seen.
/// </summary>
internal sealed class FormCache
{
    private readonly Dictionary<string, string> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FormCache() => _lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The interned string equal to <paramref name="text"/>.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var form)) return form;
        form = text.ToString();
        _forms.Add(form, form);
        return form;
    }

    /// <summary>The interned <see cref="NormalizationRules.ForMatching"/> spelling of <paramref name="letters"/>.</summary>
    public string Matching(ReadOnlySpan<char> letters)
    {
        var needed = 0;
        foreach (var c in letters)
            needed += PresentationForms.IsPresentationForm(c) && PresentationForms.Replacement(c) is { } e ? e.Length : 1;
        Span<char> buffer = needed <= 256 ? stackalloc char[needed] : new char[needed];
        var n = 0;
        foreach (var c in letters)
        {
            if (PresentationForms.IsPresentationForm(c) && PresentationForms.Replacement(c) is { } expansion)
            {
                foreach (var e in expansion)
                    if (ArabicNormalizer.Rewrite(e, NormalizationRules.ForMatching) is var r && r != ArabicNormalizer.Deleted) buffer[n++] = r;
                continue;
            }
            if (ArabicNormalizer.Rewrite(c, NormalizationRules.ForMatching) is var m && m != ArabicNormalizer.Deleted) buffer[n++] = m;
        }
        return Get(buffer[..n]);
    }
}
