namespace Hadath.Tagging;

/// <summary>
/// Rebuilds written tokens from UD v1.2 PADT, which lists clitic words separately with no multiword-token
/// lines: a single-letter conjunction, preposition or particle glues onto the next word, and a pronoun in the
/// genitive or accusative (a suffix pronoun) glues onto the previous one, with the spelling changes of
/// <see cref="CliticSegmentation.Glue"/>. Not modelled (left as separate tokens): من/عن + ما (مما, عما),
/// أن + لا (ألا) and hamza seat changes before enclitics. The text-layer tokeniser has its own reconstruction;
/// this one only defines the PADT training and test tokens.
/// </summary>
public static class PadtTokens
{
    private static readonly HashSet<string> ProcliticTags = ["CONJ", "CCONJ", "ADP", "PART", "AUX", "SCONJ"];

    /// <summary>Groups <paramref name="words"/> (with their FEATS) into tokens.</summary>
    public static List<UdToken> Rebuild(IReadOnlyList<(UdWord Word, string Features)> words)
    {
        var tokens = new List<UdToken>();
        var i = 0;
        while (i < words.Count)
        {
            var start = i;
            while (i + 1 < words.Count && IsProclitic(words[i].Word) && StartsWithLetter(words[i + 1].Word.Form)) i++;
            var proclitics = string.Concat(Enumerable.Range(start, i - start).Select(k => words[k].Word.Form));
            string? host = null;
            var enclitic = "";
            var hostIsPreposition = false;
            if (i > start && IsEnclitic(words[i]))
                enclitic = words[i++].Word.Form; // proclitics directly on a pronoun: ل + ه = له
            else
            {
                host = words[i].Word.Form;
                hostIsPreposition = words[i].Word.Upos == "ADP";
                i++;
                if (i < words.Count && IsEnclitic(words[i]) && EndsWithLetter(host)) enclitic = words[i++].Word.Form;
            }
            var (surface, segmentation) = CliticSegmentation.Glue(proclitics, host, enclitic, hostIsPreposition);
            tokens.Add(new UdToken(surface, Enumerable.Range(start, i - start).Select(k => words[k].Word).ToArray(), segmentation.Name));
        }
        return tokens;
    }

    private static bool IsProclitic(UdWord w) => CliticSegmentation.IsProcliticForm(w.Form) && ProcliticTags.Contains(w.Upos);

    private static bool IsEnclitic((UdWord Word, string Features) w) =>
        w.Word.Upos == "PRON" && CliticSegmentation.IsEncliticForm(w.Word.Form)
        && w.Features.Contains("PronType=Prs", StringComparison.Ordinal) && !w.Features.Contains("Case=Nom", StringComparison.Ordinal);

    private static bool StartsWithLetter(string form) => form.Length > 0 && TokenForms.IsArabicLetter(form[0]);

    private static bool EndsWithLetter(string form) => form.Length > 0 && TokenForms.IsArabicLetter(form[^1]);
}
