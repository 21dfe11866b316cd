using System.Text.Json;
using Hadath.Knowledge;
using Hadath.Text;

namespace Hadath.Tests.Knowledge;

/// <summary>
/// Golden test on the reference article (../shared/gold/articles-dev.jsonl, id seed-paris-talks): every entity the
/// gold names is found by the gazetteer and linked to the right entry, with a gold mention among its mentions.
/// </summary>
public class ReferenceArticleTests
{
    // Gold canonical name → knowledge-base id it must link to.
    [Theory]
    [InlineData("Paris", "gn:2988507")]
    [InlineData("United States", "country:USA")]
    [InlineData("Tom Barrack", "hd:tom-barrack")]
    [InlineData("Syria", "country:SYR")]
    [InlineData("Israel", "country:ISR")]
    [InlineData("X", "hd:x")]
    [InlineData("Suwayda", "gn:172408")]
    [InlineData("Druze", "hd:druze")]
    [InlineData("Bedouin tribes", "hd:bedouin")]
    [InlineData("Asaad al-Shaibani", "hd:asaad-al-shaibani")]
    [InlineData("Ron Dermer", "hd:ron-dermer")]
    [InlineData("Golan Heights", "hd:golan-heights")]
    [InlineData("Turkey", "country:TUR")]
    [InlineData("France", "country:FRA")]
    [InlineData("Jean-Noël Barrot", "hd:jean-noel-barrot")]
    [InlineData("Damascus", "gn:170654")]
    [InlineData("Axios", "hd:axios")]
    [InlineData("Benjamin Netanyahu", "hd:benjamin-netanyahu")]
    [InlineData("Baku", "gn:587084")]
    [InlineData("Azerbaijan", "country:AZE")]
    [InlineData("Ahmed al-Sharaa", "hd:ahmed-al-sharaa")]
    [InlineData("Bashar al-Assad", "hd:bashar-al-assad")]
    [InlineData("Washington, D.C.", "gn:4140963")]
    public void EveryGoldEntityIsFoundAndLinked(string goldName, string id)
    {
        var (article, gold) = Reference.Value;
        var entity = Assert.Single(Entities.Value.Entities, e => e.EntryId == id);
        var (goldMentions, goldNames) = gold[goldName];
        Assert.Contains(entity.Name, goldNames); // the canonical name, or one of the gold aliases
        var mentions = entity.MentionIndices.Select(i => Entities.Value.Mentions[i].Text).ToHashSet();
        Assert.True(goldMentions.Overlaps(mentions), $"{goldName}: found [{string.Join(", ", mentions)}], gold [{string.Join(", ", goldMentions)}]");
        Assert.NotNull(article);
    }

    [Fact]
    public void TheTableCoversEveryGoldEntity()
    {
        var table = typeof(ReferenceArticleTests).GetMethod(nameof(EveryGoldEntityIsFoundAndLinked))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0]).ToHashSet();
        Assert.Equal(Reference.Value.Gold.Keys.Order(), table.Order());
    }

    [Fact]
    public void NothingElseIsFound()
    {
        var names = Reference.Value.Gold.Values.SelectMany(g => g.Names).ToHashSet();
        Assert.All(Entities.Value.Entities, e => Assert.Contains(e.Name, names));
    }

    private static readonly Lazy<(Document Article, Dictionary<string, (HashSet<string> Mentions, HashSet<string> Names)> Gold)> Reference = new(() =>
    {
        var path = Path.Combine(KbFixture.RepositoryRoot, "..", "shared", "gold", "articles-dev.jsonl");
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.GetProperty("id").GetString() != "seed-paris-talks") continue;
            var doc = Document.FromArticle("seed-paris-talks", root.GetProperty("title").GetString(), root.GetProperty("text").GetString()!,
                DateOnly.Parse(root.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            var gold = root.GetProperty("entities").EnumerateArray().ToDictionary(
                e => e.GetProperty("name").GetString()!,
                e => (e.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()!).ToHashSet(),
                      e.GetProperty("aliases").EnumerateArray().Select(m => m.GetString()!).Append(e.GetProperty("name").GetString()!).ToHashSet()));
            return (doc, gold);
        }
        throw new InvalidDataException($"{path}: no article seed-paris-talks");
    });

    private static readonly Lazy<(IReadOnlyList<Hadath.Tagging.EntityMention> Mentions, IReadOnlyList<LinkedEntity> Entities)> Entities = new(() =>
    {
        var doc = Reference.Value.Article;
        var result = new DocumentLinker(KbFixture.Kb).Annotate(doc.Text, doc.Published);
        DocumentLinkerTests.AssertValid(doc.Text, result.Mentions, result.Entities);
        return result;
    });
}
