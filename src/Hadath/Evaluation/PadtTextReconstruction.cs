using System.Text;
using Hadath.Text;
using static Hadath.Text.ArabicLetters;

namespace Hadath.Evaluation;

/// <summary>
/// Rebuilds plain text from a treebank that lists only syntactic words (UD Arabic-PADT v1.2: no <c># text</c>,
/// no multiword-token lines, clitics as separate vowelled words: "بِ" then "إِعَادَةِ"). Harakat are stripped,
/// clitics are glued back onto their hosts with the spelling changes Arabic makes there, and punctuation is
/// spaced as print spaces it. Every gold sentence, token and word keeps its range in the rebuilt text.
/// </summary>
/// <remarks>
/// Gluing heuristic (from the words' form, UPOS and XPOS, checked against PADT dev):
/// <list type="bullet">
/// <item>Proclitics: a one-letter و/ف (conjunction or particle), ب/ك (ADP), ل (ADP, conjunction or particle),
/// س (future particle) or أ (interrogative particle) joins the next word unless that is punctuation.</item>
/// <item>Enclitics: a personal pronoun (XPOS SP...) spelled ه ها هما هم هن ك كما كم كن ي ني نا, not nominative
/// (independent هم "they" is nominative), joins the word before unless that is punctuation or a number.</item>
/// <item>Fusions: من/عن + ما/من (مما, عما, ممن) and أن + لا (ألا) lose a nun.</item>
/// <item>Spelling at the seam: ل + ال drops the alef (للحظر; ل + الله = لله); before a pronoun a final ة is
/// written ت, a final ى is written ي after على إلى لدى حتى and ا elsewhere, a verb's final وا loses its alef,
/// and a final hamza sits on ئ after kasra and ؤ after damma.</item>
/// <item>A run of unanalysed words (X, XPOS U...) repeating one form is one token whose segmentation is unknown:
/// it is kept once and not scored for words.</item>
/// </list>
/// </remarks>
public static class PadtTextReconstruction
{
    private static readonly HashSet<string> EncliticForms = new(Clitics.Enclitics, StringComparer.Ordinal);
    private static readonly string[] YehBeforePronoun = ["\u0639\u0644\u0649", "\u0625\u0644\u0649", "\u0644\u062F\u0649", "\u062D\u062A\u0649"];
    private const string Min = "\u0645\u0646", An = "\u0639\u0646", Ma = "\u0645\u0627", Anna = "\u0623\u0646", La = "\u0644\u0627";

    /// <summary>Groups consecutive sentences by document and rebuilds each document's text.</summary>
    public static IReadOnlyList<UdDocument> Reconstruct(IReadOnlyList<ConlluSentence> sentences, SentenceJoin join)
    {
        var documents = new List<UdDocument>();
        var group = new List<ConlluSentence>();
        foreach (var sentence in sentences)
        {
            if (group.Count > 0 && sentence.DocumentId != group[0].DocumentId)
            {
                documents.Add(Build(group, join));
                group.Clear();
            }
            group.Add(sentence);
        }
        if (group.Count > 0) documents.Add(Build(group, join));
        return documents;
    }

    private static UdDocument Build(List<ConlluSentence> sentences, SentenceJoin join)
    {
        var text = new StringBuilder();
        var sentenceRanges = new List<TextRange>();
        var tokens = new List<UdGoldToken>();
        for (var s = 0; s < sentences.Count; s++)
        {
            if (s > 0)
                text.Append(join == SentenceJoin.NewlineAfterUnterminated && !EndsTerminated(sentences[s - 1]) ? '\n' : ' ');
            var start = text.Length;
            var quoteOpen = false;
            var spaceBefore = false;
            foreach (var group in GroupTokens(sentences[s].Words))
            {
                var (surface, words) = Surface(group.Words);
                var first = group.Words[0];
                var firstForm = Strip(first.Form);
                var isPunctuation = first.Upos is "PUNCT" or "SYM";
                var attachesLeft = isPunctuation && (firstForm is "." or "," or ";" or ":" or "?" or "!" or ")" or "]" or "}" or "%"
                    or "\u060C" or "\u061B" or "\u061F" or "\u00BB" || (firstForm == "\"" && quoteOpen));
                if (spaceBefore && !attachesLeft) text.Append(' ');
                spaceBefore = true;
                if (firstForm == "\"")
                {
                    quoteOpen = !quoteOpen;
                    if (quoteOpen) spaceBefore = false;
                }
                if (firstForm is "(" or "[" or "{" or "\u00AB") spaceBefore = false;
                var offset = text.Length;
                text.Append(surface);
                tokens.Add(new UdGoldToken(new TextRange(offset, offset + surface.Length),
                    words.Select(w => new TextRange(w.Start + offset, w.End + offset)).ToArray(), !group.Duplicated));
            }
            sentenceRanges.Add(new TextRange(start, text.Length));
        }
        return new UdDocument(sentences[0].DocumentId ?? sentences[0].SentId ?? "doc", text.ToString(), sentenceRanges, tokens);
    }

    private sealed class TokenGroup(ConlluWord first)
    {
        public List<ConlluWord> Words { get; } = [first];
        public bool Duplicated { get; set; }
    }

    private static List<TokenGroup> GroupTokens(IReadOnlyList<ConlluWord> words)
    {
        var groups = new List<TokenGroup>();
        var glueNext = false;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var prev = i > 0 ? words[i - 1] : null;
            var next = i + 1 < words.Count ? words[i + 1] : null;
            var form = Strip(w.Form);
            if (prev is not null && w.Upos == "X" && prev.Upos == "X" && w.Xpos.StartsWith('U') && form.Length > 2 && form == Strip(prev.Form))
            {
                groups[^1].Duplicated = true;
                continue;
            }
            var lastIsPrev = groups.Count > 0 && ReferenceEquals(groups[^1].Words[^1], prev);
            var fuses = lastIsPrev && prev is not null && IsFusion(Strip(prev.Form), form, w.Upos);
            if (groups.Count > 0 && (glueNext || IsEnclitic(w, form, prev) || fuses)) groups[^1].Words.Add(w);
            else groups.Add(new TokenGroup(w));
            glueNext = IsProclitic(w, form, next);
        }
        return groups;
    }

    private static bool IsProclitic(ConlluWord w, string form, ConlluWord? next)
    {
        if (next is null || next.Upos is "PUNCT" or "SYM" || form.Length != 1) return false;
        return form[0] switch
        {
            Waw or Feh => w.Upos is "CONJ" or "CCONJ" or "SCONJ" or "PART",
            Beh or Kaf => w.Upos == "ADP",
            Lam => w.Upos is "ADP" or "CONJ" or "CCONJ" or "SCONJ" or "PART",
            Seen or AlefHamzaAbove => w.Upos == "PART",
            _ => false,
        };
    }

    private static bool IsEnclitic(ConlluWord w, string form, ConlluWord? prev) =>
        prev is not null && w.Upos == "PRON" && w.Xpos.StartsWith("SP", StringComparison.Ordinal) && EncliticForms.Contains(form)
        && !(w.Xpos.Length > 8 && w.Xpos[8] == '1') && prev.Upos is not ("PUNCT" or "SYM" or "NUM");

    private static bool IsFusion(string previous, string form, string upos) =>
        (previous is Min or An && form is Ma or Min && upos is "PRON" or "DET" or "PART")
        || (previous == Anna && form == La);

    /// <summary>The token's written form and each word's range in it.</summary>
    private static (string Surface, List<TextRange> Words) Surface(List<ConlluWord> words)
    {
        var text = new StringBuilder();
        var ranges = new List<TextRange>();
        for (var j = 0; j < words.Count; j++)
        {
            var w = words[j];
            var f = Strip(w.Form);
            var previous = j > 0 ? Strip(words[j - 1].Form) : null;
            if (j + 1 < words.Count && words[j + 1].Upos == "PRON" && EncliticForms.Contains(Strip(words[j + 1].Form)) && f.Length > 1)
                f = BeforePronoun(f, w);
            if (previous == "\u0644" && f.Length > 2 && f[0] == Alef && f[1] == Lam)
            {
                f = f[1..]; // li + al-: the alef is not written
                if (f.Length > 2 && f[1] == Lam) f = f[1..]; // and li + al-l... writes two lams, not three (لله, لليل)
            }
            if (previous is not null && IsFusion(previous, f, w.Upos) && text.Length > 0)
            {
                text.Length--; // the fused nun
                ranges[^1] = ranges[^1] with { End = ranges[^1].End - 1 };
            }
            ranges.Add(new TextRange(text.Length, text.Length + f.Length));
            text.Append(f);
        }
        return (text.ToString(), ranges);
    }

    /// <summary>Spelling changes at the end of a word that a pronoun suffix follows.</summary>
    private static string BeforePronoun(string f, ConlluWord w)
    {
        var last = f[^1];
        if (last == TehMarbuta) return f[..^1] + Teh;
        if (last == AlefMaksura) return f[..^1] + (YehBeforePronoun.Contains(f) ? Yeh : Alef);
        if (last == Alef && f[^2] == Waw && w.Upos == "VERB") return f[..^1];
        if (last == Hamza)
        {
            var vowel = w.Form.Length > 0 ? w.Form[^1] : '\0';
            if (vowel == '\u0650') return f[..^1] + YehHamza;  // kasra
            if (vowel == '\u064F') return f[..^1] + WawHamza;  // damma
        }
        return f;
    }

    /// <summary>True when the sentence ends in terminal punctuation, possibly followed by closing quotes or brackets.</summary>
    private static bool EndsTerminated(ConlluSentence sentence)
    {
        for (var i = sentence.Words.Count - 1; i >= 0; i--)
        {
            var form = Strip(sentence.Words[i].Form);
            if (form is "\"" or "\u00BB" or "\u00AB" or ")") continue;
            return form.Length > 0 && form[^1] is '.' or '!' or '?' or '\u061F' or '\u2026';
        }
        return false;
    }

    /// <summary>The form without harakat (PADT v1.2 forms are fully vowelled).</summary>
    internal static string Strip(string form)
    {
        var hasMarks = false;
        foreach (var c in form)
            if (ArabicNormalizer.IsHaraka(c)) { hasMarks = true; break; }
        if (!hasMarks) return form;
        var sb = new StringBuilder(form.Length);
        foreach (var c in form)
            if (!ArabicNormalizer.IsHaraka(c)) sb.Append(c);
        return sb.ToString();
    }
}
