namespace Hadath.Evaluation;

/// <summary>
/// The Python scorer's <c>Names</c>: the alias table of one gold article, mapping every folded name or alias of a
/// gold entity to that entity's folded canonical name, so "Assad" and "Bashar al-Assad" compare equal.
/// </summary>
internal sealed class AliasTable
{
    private readonly Dictionary<string, string> _key = new(StringComparer.Ordinal);

    /// <summary>Builds the table from the gold entities; the first entity to claim a folded alias keeps it.</summary>
    public AliasTable(IEnumerable<Output.EntityRecord> goldEntities)
    {
        foreach (var e in goldEntities)
        {
            var k = NameFolding.Fold(e.Name);
            foreach (var n in e.Aliases.Prepend(e.Name))
            {
                var folded = NameFolding.Fold(n);
                if (folded.Length > 0) _key.TryAdd(folded, k);
            }
        }
    }

    /// <summary>True when both names fold to the same non-empty key, directly or through the alias table.</summary>
    public bool Same(string? a, string? b)
    {
        var fa = NameFolding.Fold(a);
        var fb = NameFolding.Fold(b);
        if (fa.Length == 0 || fb.Length == 0) return false;
        return fa == fb || _key.GetValueOrDefault(fa, fa) == _key.GetValueOrDefault(fb, fb);
    }
}
