using Hadath.Output;

namespace Hadath.Evaluation;

/// <summary>
/// C# port of shared/tools/score_articles.py (GOLD_FORMAT.md "Scoring"): scores system articles against gold ones,
/// paired by id, and gives the same counts and figures as the Python script on the same files.
/// </summary>
/// <example><code>
/// var scores = ArticleScorer.Score(ArticleJson.ReadFile("gold.jsonl"), ArticleJson.ReadFile("system.jsonl"));
/// Console.Write(ScoreReport.FormatTable(scores));
/// </code></example>
public static class ArticleScorer
{
    /// <summary>
    /// Scores <paramref name="system"/> against <paramref name="gold"/>. A gold article absent from the system
    /// list counts as all misses; system articles without a gold one are ignored; of system articles sharing an id
    /// the last one counts (Python's dict).
    /// </summary>
    public static ArticleScores Score(IReadOnlyList<ArticleRecord> gold, IReadOnlyList<ArticleRecord> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var systemById = new Dictionary<string, ArticleRecord>(StringComparer.Ordinal);
        foreach (var s in system) systemById[s.Id] = s;

        var typed = new Counts();
        var untyped = new Counts();
        var linked = new Counts();
        var events = new Counts();
        var quotes = new Counts();
        var args = new int[5, 2];
        var byType = new SortedDictionary<string, Counts>(CodePointComparer.Instance);

        foreach (var g in gold)
        {
            var s = systemById.GetValueOrDefault(g.Id);
            var names = new AliasTable(g.Entities);
            var systemEntities = s?.Entities ?? [];
            typed.Add(MatchEntities(names, g.Entities, systemEntities, typed: true, linked: false), systemEntities.Count, g.Entities.Count);
            untyped.Add(MatchEntities(names, g.Entities, systemEntities, typed: false, linked: false), systemEntities.Count, g.Entities.Count);
            linked.Add(MatchEntities(names, g.Entities, systemEntities, typed: false, linked: true), systemEntities.Count, g.Entities.Count);

            var goldEvents = g.Events;
            var systemEvents = s?.Events ?? [];
            var matched = EventMatcher.Match(names, goldEvents, systemEvents);
            var matchedGold = matched.Select(m => m.Gold).ToHashSet();
            var matchedSystem = matched.Select(m => m.System).ToHashSet();
            events.Tp += matched.Count(m => !EventMatcher.IsOptional(goldEvents[m.Gold]));
            events.Fp += systemEvents.Count - matchedSystem.Count;
            events.Fn += Enumerable.Range(0, goldEvents.Count).Count(i => !matchedGold.Contains(i) && !EventMatcher.IsOptional(goldEvents[i]));
            for (var i = 0; i < goldEvents.Count; i++)
            {
                // Python creates the type's row even for an optional event, so a type seen only in optional events
                // is printed with zeros.
                var row = TypeRow(byType, goldEvents[i].Type);
                if (EventMatcher.IsOptional(goldEvents[i])) continue;
                if (matchedGold.Contains(i)) row.Tp++;
                else row.Fn++;
            }
            for (var j = 0; j < systemEvents.Count; j++)
                if (!matchedSystem.Contains(j)) TypeRow(byType, systemEvents[j].Type).Fp++;
            foreach (var (i, j) in matched)
            {
                var ge = goldEvents[i];
                var se = systemEvents[j];
                bool[] checks =
                [
                    EventMatcher.ActorsOverlap(names, ge.Actor, se.Actor) || (ge.Actor.Count == 0 && se.Actor.Count == 0),
                    EventMatcher.ActorsOverlap(names, ge.Recipient, se.Recipient) || (ge.Recipient.Count == 0 && se.Recipient.Count == 0),
                    EventMatcher.LocationSame(names, ge.Location, se.Location) || (ge.Location is null && se.Location is null),
                    ge.Date == se.Date,
                    ge.Size?.Dead == se.Size?.Dead,
                ];
                for (var k = 0; k < checks.Length; k++)
                {
                    if (checks[k]) args[k, 0]++;
                    args[k, 1]++;
                }
            }

            var systemQuotes = s?.Quotes ?? [];
            quotes.Add(MatchQuotes(names, g.Quotes, systemQuotes), systemQuotes.Count, g.Quotes.Count);
        }

        return new ArticleScores
        {
            EntityTyped = typed.ToScore(),
            EntityName = untyped.ToScore(),
            EntityLinked = linked.ToScore(),
            Event = events.ToScore(),
            Quote = quotes.ToScore(),
            EventArgs = new EventArgumentAccuracy(Share(args, 0), Share(args, 1), Share(args, 2), Share(args, 3), Share(args, 4)),
            EventByType = byType.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.ToScore())).ToList(),
            Articles = gold.Count,
        };
    }

    /// <summary>True positives of greedy first-match entity pairing: each system entity, in order, takes the first
    /// unused gold entity it matches.</summary>
    private static int MatchEntities(AliasTable names, List<EntityRecord> gold, List<EntityRecord> system, bool typed, bool linked)
    {
        var used = new bool[gold.Count];
        var tp = 0;
        foreach (var se in system)
        {
            for (var k = 0; k < gold.Count; k++)
            {
                if (used[k]) continue;
                var ge = gold[k];
                var same = names.Same(se.Name, ge.Name) || (!linked && MentionsOverlap(se, ge));
                if (same && (!typed || se.Type == ge.Type))
                {
                    used[k] = true;
                    tp++;
                    break;
                }
            }
        }
        return tp;
    }

    /// <summary>True when two entities share an Arabic surface form after <see cref="NameFolding.FoldArabic"/>.</summary>
    private static bool MentionsOverlap(EntityRecord a, EntityRecord b)
    {
        var folded = a.Mentions.Select(NameFolding.FoldArabic).Where(m => m.Length > 0).ToHashSet(StringComparer.Ordinal);
        return b.Mentions.Any(m => folded.Contains(NameFolding.FoldArabic(m)));
    }

    /// <summary>True positives of greedy quote pairing: same speaker, and the folded texts have, in
    /// difflib matching blocks, at least half of the shorter text's code points in common.</summary>
    private static int MatchQuotes(AliasTable names, List<QuoteJson> gold, List<QuoteJson> system)
    {
        var used = new bool[gold.Count];
        var tp = 0;
        foreach (var sq in system)
        {
            for (var k = 0; k < gold.Count; k++)
            {
                if (used[k] || !names.Same(sq.Speaker, gold[k].Speaker)) continue;
                var a = PythonText.CodePoints(NameFolding.FoldArabic(sq.Text));
                var b = PythonText.CodePoints(NameFolding.FoldArabic(gold[k].Text));
                if (a.Length == 0 || b.Length == 0) continue;
                var common = new SequenceMatcher(a, b).MatchedCount();
                // common >= 0.5 * min(len(a), len(b)), in integers.
                if (2 * common >= Math.Min(a.Length, b.Length))
                {
                    used[k] = true;
                    tp++;
                    break;
                }
            }
        }
        return tp;
    }

    private static Counts TypeRow(SortedDictionary<string, Counts> byType, string? type)
    {
        // Python keys a system event without type as "?"; a null type would crash its sort, so "?" here too.
        var key = type ?? "?";
        if (!byType.TryGetValue(key, out var row)) byType[key] = row = new Counts();
        return row;
    }

    private static double? Share(int[,] args, int k) => args[k, 1] != 0 ? PythonFloat.Round((double)args[k, 0] / args[k, 1], 4) : null;

    private sealed class Counts
    {
        public int Tp, Fp, Fn;

        public void Add(int tp, int systemCount, int goldCount)
        {
            Tp += tp;
            Fp += systemCount - tp;
            Fn += goldCount - tp;
        }

        public PrfScore ToScore() => PrfScore.From(Tp, Fp, Fn);
    }
}
