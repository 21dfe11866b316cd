namespace Hadath.Tagging;

/// <summary>
/// How a surface token splits into words: single-letter proclitics (و ف ب ل ك س أ), an optional host and an
/// optional pronoun enclitic, plus the spelling changes that gluing makes and splitting must undo:
/// the article's alef dropped after lam (ل + الحظر = للحظر; ل + اللجنة = للجنة), teh marbuta written teh
/// before an enclitic (حكومة + ها = حكومتها), alef maksura written yeh after prepositions (على + ه = عليه)
/// and alef elsewhere (مستوى + ها = مستواها). Its <see cref="Name"/> is the segmenter's label.
/// </summary>
internal readonly record struct CliticSegmentation(string Proclitics, string Enclitic, string Ops)
{
    // Ops letters: 'L' restore article alef, 'M' restore article alef+lam, 'T' teh marbuta, 'Y' maksura from yeh,
    // 'A' maksura from alef, '0' no host (proclitics directly on the enclitic: ل + ه = له).
    private const char Alef = '\u0627', Lam = '\u0644', Teh = '\u062A', TehMarbuta = '\u0629', Yeh = '\u064A', AlefMaksura = '\u0649';

    /// <summary>The unsegmented token.</summary>
    public static readonly CliticSegmentation Whole = new("", "", "");

    /// <summary>Label text "proclitics|ops|enclitic".</summary>
    public string Name => $"{Proclitics}|{Ops}|{Enclitic}";

    public static CliticSegmentation Parse(string name) =>
        name.Split('|') is [var p, var o, var e] ? new(p, e, o) : throw new FormatException($"Bad segmentation label '{name}'.");

    /// <summary>Proclitic letters that are words of their own in PADT.</summary>
    public static bool IsProcliticForm(string form) =>
        form.Length == 1 && form[0] is '\u0648' or '\u0641' or '\u0628' or '\u0644' or '\u0643' or '\u0633' or '\u0623';

    /// <summary>Pronoun enclitics (ه ها هم هما هن ك كم كما كن ي ني نا).</summary>
    public static bool IsEncliticForm(string form) => form is "\u0647" or "\u0647\u0627" or "\u0647\u0645" or "\u0647\u0645\u0627"
        or "\u0647\u0646" or "\u0643" or "\u0643\u0645" or "\u0643\u0645\u0627" or "\u0643\u0646" or "\u064A" or "\u0646\u064A" or "\u0646\u0627";

    /// <summary>
    /// Glues words into the written token and returns it with the segmentation that undoes the gluing.
    /// <paramref name="hostIsPreposition"/> selects yeh (على + ه = عليه) over alef for a final alef maksura.
    /// </summary>
    public static (string Surface, CliticSegmentation Segmentation) Glue(string proclitics, string? host, string enclitic, bool hostIsPreposition)
    {
        var ops = "";
        if (host is null) return (proclitics + enclitic, new CliticSegmentation(proclitics, enclitic, "0"));
        if (proclitics.Length > 0 && proclitics[^1] == Lam && host.Length > 2 && host[0] == Alef && host[1] == Lam)
        {
            var doubled = host.Length > 3 && host[2] == Lam;
            host = doubled ? host[2..] : host[1..];
            ops += doubled ? "M" : "L";
        }
        if (enclitic.Length > 0 && host.Length > 1)
        {
            if (host[^1] == TehMarbuta) { host = host[..^1] + Teh; ops += "T"; }
            else if (host[^1] == AlefMaksura)
            {
                host = host[..^1] + (hostIsPreposition ? Yeh : Alef);
                ops += hostIsPreposition ? "Y" : "A";
            }
        }
        return (proclitics + host + enclitic, new CliticSegmentation(proclitics, enclitic, ops));
    }

    /// <summary>The words of <paramref name="surface"/> under this segmentation, or null when it does not apply.</summary>
    public string[]? Split(string surface)
    {
        if (!surface.StartsWith(Proclitics, StringComparison.Ordinal) || !surface.EndsWith(Enclitic, StringComparison.Ordinal)) return null;
        var middleLength = surface.Length - Proclitics.Length - Enclitic.Length;
        var noHost = Ops.Contains('0');
        if (noHost ? middleLength != 0 : middleLength <= 0) return null;
        var words = new List<string>(Proclitics.Length + 2);
        foreach (var c in Proclitics) words.Add(c.ToString());
        if (!noHost)
        {
            var host = surface.Substring(Proclitics.Length, middleLength);
            foreach (var op in Ops)
            {
                switch (op)
                {
                    case 'L' or 'M':
                        if (host[0] != Lam) return null;
                        host = (op == 'L' ? $"{Alef}" : $"{Alef}{Lam}") + host;
                        break;
                    case 'T' or 'Y' or 'A':
                        var expected = op == 'T' ? Teh : op == 'Y' ? Yeh : Alef;
                        if (host.Length < 2 || host[^1] != expected) return null;
                        host = host[..^1] + (op == 'T' ? TehMarbuta : AlefMaksura);
                        break;
                }
            }
            words.Add(host);
        }
        if (Enclitic.Length > 0) words.Add(Enclitic);
        return [.. words];
    }
}
