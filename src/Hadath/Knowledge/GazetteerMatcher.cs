using System.Collections.Concurrent;
using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Knowledge;

/// <summary>
/// Finds names of knowledge-base entries in a text without any tokeniser or tagger: the matching view
/// (<see cref="NormalizationRules.ForMatching"/>) is split into words on non-letters, and at each word the longest
/// run of up to <see cref="MaxWords"/> words (first word read with and without proclitics) that is a name in the
/// exact, loose or skeleton tier wins; the scan then continues after it. Ranges map back to the original text
/// through <see cref="NormalizedText.ToOriginal(int, int)"/>.
/// <para>Precision rules, each because a real text tripped it: names never cross punctuation; a one-word Arabic
/// name needs three letters after its clitics; the skeleton tier needs two words (one-word skeletons collide with
/// common words); a Latin name of three letters or fewer must match case ("X" the platform, not "x");
/// a one-word collective right after a definite noun is an adjective ("المسؤولين السوريين" = Syrian officials).</para>
/// </summary>
/// <example><code>
/// var matcher = new GazetteerMatcher(KnowledgeBase.LoadDefault());
/// foreach (var m in matcher.Scan("التقى وزير الخارجية آساد الشيباني في سويدا")) Console.WriteLine(m.Text);
/// </code></example>
public sealed class GazetteerMatcher
{
    /// <summary>Longest name considered, in words.</summary>
    public const int MaxWords = 8;

    /// <summary>Shortest skeleton a multi-word skeleton match may have.</summary>
    public const int MinMultiWordSkeleton = 5;

    private readonly KnowledgeBase _kb;
    private readonly KbIndex _index;
    private readonly EntryNameForms _names;
    private const int StartsCacheLimit = 1 << 18;
    private readonly ConcurrentDictionary<string, (string Stem, int Prefix)[]> _starts = new(StringComparer.Ordinal);
    private int _startsCount; // words added to _starts since it was last cleared

    public GazetteerMatcher(KnowledgeBase kb)
    {
        _kb = kb;
        _index = kb.Index;
        _names = new EntryNameForms(kb);
    }

    /// <summary>The knowledge base this matcher reads.</summary>
    public KnowledgeBase KnowledgeBase => _kb;

    /// <summary>Every name of an entry in <paramref name="text"/>, left to right, non-overlapping.</summary>
    public IReadOnlyList<GazetteerMatch> Scan(string text) => Scan(text, ArabicNormalizer.Normalize(text, NormalizationRules.ForMatching));

    /// <summary>As <see cref="Scan(string)"/>, with the matching view already made.</summary>
    public IReadOnlyList<GazetteerMatch> Scan(string text, NormalizedText view) => Scan(text, view, NameKeys.Words(view.Text));

    /// <summary>As <see cref="Scan(string, NormalizedText)"/>, with the view's words (<see cref="NameKeys.Words"/>) already split.</summary>
    internal IReadOnlyList<GazetteerMatch> Scan(string text, NormalizedText view, List<(int Start, int End, string Text)> words)
    {
        var matches = new List<GazetteerMatch>();
        var i = 0;
        while (i < words.Count)
        {
            var best = BestAt(text, view, words, i);
            if (best is null) { i++; continue; }
            matches.Add(best);
            i += best.WordCount;
        }
        return matches;
    }

    private GazetteerMatch? BestAt(string text, NormalizedText view, List<(int Start, int End, string Text)> words, int i)
    {
        (int Length, MatchTier Tier, KbHit[] Hits, int Prefix, string Stem)? best = null;
        foreach (var (stem, prefix) in Starts(words[i].Text))
        {
            var span = new List<string>(MaxWords) { stem };
            for (var j = i; j < words.Count && span.Count <= MaxWords; j++)
            {
                if (j > i)
                {
                    if (!OnlySpaces(view.Text, words[j - 1].End, words[j].Start)) break;
                    span.Add(words[j].Text);
                }
                var exact = string.Join(' ', span);
                var found = Usable(MatchTier.Exact, exact, span);
                var loose = NameKeys.Loose(span);
                found ??= Usable(MatchTier.Loose, loose, span);
                var skeleton = span.Count >= 2 ? NameKeys.Skeleton(span) : "";
                if (found is null && skeleton.Length >= MinMultiWordSkeleton) found = Usable(MatchTier.Skeleton, skeleton, span);
                if (found is { } f && (best is null || span.Count > best.Value.Length
                                       || span.Count == best.Value.Length && (f.Tier < best.Value.Tier || f.Tier == best.Value.Tier && prefix < best.Value.Prefix)))
                    best = (span.Count, f.Tier, f.Hits, prefix, stem);
                if (!_index.HasPrefix(MatchTier.Exact, exact) && !_index.HasPrefix(MatchTier.Loose, loose)
                    && !_index.HasPrefix(MatchTier.Skeleton, span.Count >= 2 ? skeleton : NameKeys.Skeleton(span)))
                    break;
            }
        }
        if (best is not { } b) return null;
        var start = words[i].Start + b.Prefix;
        var end = words[i + b.Length - 1].End;
        var range = view.ToOriginal(start, end);
        var hits = Acceptable(text, view, words, i, b.Length, b.Prefix, b.Stem, b.Hits, range);
        return hits.Length == 0 ? null : new GazetteerMatch(range, range.Slice(text), b.Tier, hits, i, b.Length);
    }

    /// <summary>
    /// The readings (stem, proclitic length) of <paramref name="word"/> that may begin a name, cached per word: most
    /// words of a text begin none, and ruling that out costs several key computations and index probes per reading.
    /// </summary>
    private (string Stem, int Prefix)[] Starts(string word)
    {
        if (_starts.TryGetValue(word, out var known)) return known;
        var whole = _kb.CommonWordFrequency.GetValueOrDefault(word);
        var starts = new List<(string Stem, int Prefix)>(2);
        foreach (var (stem, prefix) in Clitics.Stems(word))
        {
            // Read "ورقة" (paper) as و + "رقة" only if that reading is the likelier word: a proclitic is split off
            // when the whole is no more frequent than the stem.
            if (prefix > 0 && whole > _kb.CommonWordFrequency.GetValueOrDefault(stem)) continue;
            if (CanStartName(stem)) starts.Add((stem, prefix));
        }
        known = [.. starts];
        if (Volatile.Read(ref _startsCount) >= StartsCacheLimit) // bounded memory on endless streams
        {
            _starts.Clear();
            Volatile.Write(ref _startsCount, 0);
        }
        if (_starts.TryAdd(word, known)) Interlocked.Increment(ref _startsCount);
        return known;
    }

    // Whether BestAt's first step on this stem alone finds a usable name or continues to a second word (the same tests).
    private bool CanStartName(string stem)
    {
        List<string> span = [stem];
        var loose = NameKeys.Loose(span);
        if (Usable(MatchTier.Exact, stem, span) is not null || Usable(MatchTier.Loose, loose, span) is not null) return true;
        return _index.HasPrefix(MatchTier.Exact, stem) || _index.HasPrefix(MatchTier.Loose, loose)
               || _index.HasPrefix(MatchTier.Skeleton, NameKeys.Skeleton(span));
    }

    // Hits of a key that the scanner may use at all; null when none.
    private (MatchTier Tier, KbHit[] Hits)? Usable(MatchTier tier, string key, List<string> span)
    {
        if (key.Length == 0) return null;
        var hits = _index.Get(tier, key);
        if (hits.Length == 0) return null;
        hits = Array.FindAll(hits, h => h.Use != NameUse.LookupOnly);
        if (hits.Length == 0) return null;
        if (span.Count == 1)
        {
            var w = span[0];
            if (!NameKeys.IsLatinWord(w) && NameKeys.StripArticle(w).Length < Clitics.MinStem) return null;
        }
        // A skeleton match must rest on rare words: after the first (often a common given name, أحمد), every word
        // must be rare in news text, else everyday phrases match ("الفرنسية باريس" ~ "فرانس برس").
        if (tier == MatchTier.Skeleton)
            for (var k = 0; k < span.Count; k++)
                if (NameKeys.StripArticle(span[k]).Length < 2 || k > 0 && _kb.CommonWords.Contains(span[k])) return null;
        return (tier, hits);
    }

    // The hits that survive the precision rules (see the type summary); empty to reject the match.
    private KbHit[] Acceptable(string text, NormalizedText view, List<(int Start, int End, string Text)> words, int i, int length, int prefix,
        string stem, KbHit[] hits, TextRange range)
    {
        var first = words[i];
        if (length == 1 && NameKeys.IsLatinWord(first.Text) && first.End - first.Start <= 3)
        {
            // Short Latin names must match case: the original characters must equal one of the entry's Latin names.
            var original = view.ToOriginal(first.Start, first.End).Slice(text);
            return Array.FindAll(hits, h => _kb.Entries[h.Entry].AliasesEn.Select(a => a.Text).Append(_kb.Entries[h.Entry].NameEn)
                .Any(n => n == original));
        }
        if (length == 1 && hits.All(h => _kb.Entries[h.Entry].Type == EntityType.GRP))
        {
            // A one-word collective is a noun only with the article ("الدروز", "للدروز"); bare or after a definite
            // noun it is an adjective ("أطفالا سوريين", "المسؤولين السوريين").
            if (!stem.StartsWith("\u0627\u0644", StringComparison.Ordinal)) return [];
            if (prefix == 0 && i > 0 && OnlySpaces(view.Text, words[i - 1].End, first.Start)
                && Clitics.Stems(words[i - 1].Text)[^1].Stem is { Length: > 3 } previous && previous.StartsWith("\u0627\u0644", StringComparison.Ordinal))
                return [];
        }
        var textWords = SpellingCheck.OrthographicWords(range.Slice(text));
        if (textWords.Length > 0 && stem.Length == words[i].Text.Length - prefix + 1)
            textWords[0] = "\u0627" + textWords[0]; // "للدروز": the stem got back the article's alef elided after ل
        // Compare with the names that made the hit (same key in the hit's tier), not with every name of the entry.
        var spanWords = words.Skip(i).Take(length).Select(w => w.Text).ToList();
        spanWords[0] = stem;
        var key = KeyOf(hits[0].Tier, spanWords);
        // A common word without the article is not a name that has it ("رقة" tenderness, not "الرقة" Raqqa).
        if (length == 1 && hits[0].Tier == MatchTier.Loose && _kb.CommonWords.Contains(stem) && NameKeys.StripArticle(stem) == stem)
            return [];
        var lettersMatter = length == 1 && _kb.CommonWords.Contains(words[i].Text);
        return Array.FindAll(hits, h =>
        {
            // Kept when no name of the entry has this key in this tier, or one that does is compatible.
            var any = false;
            foreach (var name in _names.Of(h.Entry))
            {
                if (name.Words.Length != textWords.Length || name.Keys[(int)h.Tier] != key) continue;
                if (SpellingCheck.Compatible(textWords, name.Words, lettersMatter)) return true;
                any = true;
            }
            return !any;
        });
    }

    private static string KeyOf(MatchTier tier, List<string> exactWords) => tier switch
    {
        MatchTier.Exact => string.Join(' ', exactWords),
        MatchTier.Loose => NameKeys.Loose(exactWords),
        _ => NameKeys.Skeleton(exactWords),
    };

    // Words of one name are separated by spaces, or by '_' in hashtags ("#قطاع_غزة"), or by one '.' or '-' inside
    // an abbreviation or compound ("سي.إن.إن", "Jean-Noël"); anything else (comma, full stop and space, newline) ends it.
    private static bool OnlySpaces(string s, int from, int to)
    {
        if (to - from == 1 && s[from] is '.' or '-') return true;
        for (var k = from; k < to; k++)
            if (s[k] is not (' ' or '\u00A0' or '_')) return false;
        return to > from;
    }
}
