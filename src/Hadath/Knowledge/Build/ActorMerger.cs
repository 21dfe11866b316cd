using System.Text;
using Hadath.Tagging;

namespace Hadath.Knowledge.Build;

/// <summary>
/// Merges dictionary actors into the entries already built. CountryInfo persons (English) join a curated person
/// of the same country with the same name skeleton; CAMEO actors (Arabic) join an entry with the same loose name
/// key, or a person of the same country with the same skeleton (so "بشار الأسد" finds CountryInfo's
/// "Bashar al-Assad"). What joins nothing becomes a new entry.
/// </summary>
internal sealed class ActorMerger
{
    private static HashSet<string> TitleWords => NameWordLists.TitleWords;
    private static HashSet<string> OrgWords => NameWordLists.OrgWords;

    private static readonly string Abd = NameKeys.Exact("\u0639\u0628\u062F"), Abu = NameKeys.Exact("\u0623\u0628\u0648"); // عبد أبو

    private readonly List<EntryDraft> _all;
    private readonly IReadOnlyDictionary<string, string> _translit;
    private readonly HashSet<string> _personWords;
    private readonly Dictionary<string, List<EntryDraft>> _byLoose = new(StringComparer.Ordinal);
    private readonly Dictionary<(string?, string), List<EntryDraft>> _bySkeleton = new();

    public ActorMerger(List<EntryDraft> existing, IReadOnlyDictionary<string, string> translit, HashSet<string> personWords)
    {
        _all = existing;
        _translit = translit;
        _personWords = personWords;
        foreach (var d in existing.Where(d => d.Type != EntityType.LOC)) Index(d);
    }

    public List<EntryDraft> AddCountryInfo(List<CountryInfoSource.Person> people)
    {
        var added = new List<EntryDraft>();
        foreach (var p in people)
        {
            var match = p.Names.Select(n => Find(_bySkeleton, (p.Country, NameKeys.Skeleton(NameKeys.Exact(n))))).FirstOrDefault(m => m is not null);
            if (match is not null && match.Type == EntityType.PER)
            {
                // Curated roles are the reference: CountryInfo's open-ended "president since 2000" must not
                // outlive a curated end date.
                match.Roles.AddRange(p.Roles.Where(r => !match.Roles.Any(m => m.Role == r.Role)));
                foreach (var n in p.Names) match.AddEnglish(n);
                continue;
            }
            var d = new EntryDraft
            {
                Id = "ci:" + p.Country.ToLowerInvariant() + "-" + Slug(p.Names[0]), Type = EntityType.PER, NameEn = p.Names[0],
                Country = p.Country, Sector = "GOV", Origin = "countryinfo",
            };
            if (added.Any(a => a.Id == d.Id)) continue;
            foreach (var n in p.Names.Skip(1)) d.AddEnglish(n);
            d.Roles.AddRange(p.Roles);
            added.Add(d);
            Index(d);
        }
        return added;
    }

    public List<EntryDraft> AddCameoActors(List<CameoActorSource.Actor> actors)
    {
        var added = new List<EntryDraft>();
        foreach (var a in actors)
        {
            var words = NameKeys.Exact(a.NameAr).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || TitleWords.Contains(words[0])) continue;
            var latest = a.Codes.OrderByDescending(c => c.From ?? DateOnly.MinValue).First();
            var country = a.Codes.Select(c => c.Country).FirstOrDefault(c => c is not null);
            // "عبد العزيز", "أبو بكر" are one given name in two words: a person needs a name after them.
            var minWords = words[0] == Abd || words[0] == Abu ? 3 : 2;
            var isPerson = words.Length >= minWords && !OrgWords.Contains(words[0]) && _personWords.Contains(words[0])
                           && NameKeys.StripArticle(words[0]) == words[0] && a.Codes.Any(c => c.From is not null || c.To is not null);
            // A skeleton merge joins spellings of one person ("بشار الأسد" ~ "Bashar al-Assad"); it needs a given name
            // first and at least three skeleton letters per word, or "القرى والبلدات" becomes Carl Bildt.
            var target = Find(_byLoose, NameKeys.Loose(words), country)
                         ?? (isPerson && words.All(w => NameKeys.WordSkeleton(w).Length >= 3) ? Find(_bySkeleton, (country, NameKeys.Skeleton(words))) : null);
            // Collectives and places are not what the dictionary's country-coded agents are ("فلسطيني [PSE]").
            if (target is not null && target.Type is EntityType.GRP or EntityType.LOC) continue;
            if (target is null)
            {
                target = new EntryDraft
                {
                    Id = "cameo:" + a.Line, Type = isPerson ? EntityType.PER : EntityType.ORG,
                    NameEn = Romanizer.ToEnglish(a.NameAr, _translit), Country = country, Sector = latest.Sector, Origin = "cameo",
                };
                added.Add(target);
                // Dictionary organisation names are lemmatised descriptions ("نظام سوري", "مسؤول أمريكي") more often
                // than names, and one-word names ("جيش") are too ambiguous: only persons' full names are scanned for.
                target.AddArabic(a.NameAr, isPerson ? NameUse.Full : NameUse.LookupOnly);
                Index(target);
            }
            else target.AddArabic(a.NameAr, words.Length >= 2 ? NameUse.Full : NameUse.Partial);
            foreach (var c in a.Codes)
                if (c.Sector is not null) target.Roles.Add(new KbRole(null, c.Country, c.Sector, c.From, c.To));
        }
        return added;
    }

    private void Index(EntryDraft d)
    {
        foreach (var n in d.NamesAr)
            Add(_byLoose, NameKeys.Loose(NameKeys.Exact(n.Text)), d);
        if (d.Type != EntityType.PER) return;
        foreach (var n in d.NamesAr.Select(n => n.Text).Concat(d.AliasesEn.Select(n => n.Text)).Append(d.NameEn))
        {
            var skeleton = NameKeys.Skeleton(NameKeys.Exact(n));
            if (skeleton.Length >= 5) Add(_bySkeleton, (d.Country, skeleton), d);
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<EntryDraft>> map, TKey key, EntryDraft d) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(d)) list.Add(d);
    }

    // A unique match only: two candidates mean the name is ambiguous, and merging would be a guess.
    private static EntryDraft? Find<TKey>(Dictionary<TKey, List<EntryDraft>> map, TKey key, string? country = null) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) return null;
        var fits = list.Where(d => country is null || d.Country is null || d.Country == country).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    private static string Slug(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            var f = LatinFold.Fold(c);
            if (char.IsAsciiLetterOrDigit(f)) sb.Append(f);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

}
