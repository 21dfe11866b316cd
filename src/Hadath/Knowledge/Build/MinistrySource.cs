using Hadath.Tagging;

namespace Hadath.Knowledge.Build;

/// <summary>
/// Makes one entry per (ministry of kb/ministries.tsv, country of kb/demonyms.tsv): Arabic "وزارة الداخلية البحرينية"
/// and "وزارة الداخلية في البحرين", English "Ministry of Interior (Bahrain)". An Arabic name an existing entry
/// already has (the Pentagon as "وزارة الدفاع الأمريكية") is left to that entry.
/// </summary>
internal static class MinistrySource
{
    private const string Ministry = "\u0648\u0632\u0627\u0631\u0629";   // وزارة
    private const string In = "\u0641\u064A";                           // في
    private const string Article = "\u0627\u0644";                      // ال
    private const char TehMarbuta = '\u0629';

    public static List<EntryDraft> Read(string dir, IReadOnlyDictionary<string, EntryDraft> byId, ISet<string> takenArabicKeys)
    {
        var drafts = new List<EntryDraft>();
        var ministries = TsvFile.Read(Path.Combine(dir, "ministries.tsv")).ToList();
        foreach (var row in TsvFile.Read(Path.Combine(dir, "demonyms.tsv")))
        {
            var iso = row.Required("country");
            if (!byId.TryGetValue("country:" + iso, out var country)) continue;
            var adjectives = row.List("demonyms_ar").Where(a => !a.Contains(' ')).ToList();
            var countryAr = country.NamesAr.FirstOrDefault().Text;
            foreach (var m in ministries)
            {
                var field = m.Required("field_ar");
                var d = new EntryDraft
                {
                    Id = $"min:{iso}-{m.Required("name_en").Replace("Ministry of ", "").Replace(' ', '-').ToLowerInvariant()}",
                    Type = EntityType.ORG, NameEn = $"{m.Required("name_en")} ({country.NameEn})", Country = iso, Sector = m["sector"],
                    Origin = "ministry",
                };
                foreach (var adj in adjectives) Add(d, $"{Ministry} {field} {Article}{adj}{TehMarbuta}", takenArabicKeys);
                if (countryAr is not null) Add(d, $"{Ministry} {field} {In} {countryAr}", takenArabicKeys);
                if (d.NamesAr.Count > 0) drafts.Add(d);
            }
        }
        return drafts;
    }

    private static void Add(EntryDraft d, string name, ISet<string> taken)
    {
        if (!taken.Contains(NameKeys.Loose(NameKeys.Exact(name)))) d.AddArabic(name);
    }
}
