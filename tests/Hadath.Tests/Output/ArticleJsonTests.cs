using Hadath.Output;

namespace Hadath.Tests.Output;

public class ArticleJsonTests
{
    private static List<ArticleRecord> ReadString(string content) => ArticleJson.Read(new StringReader(content), "test.jsonl");

    [Theory]
    [InlineData("{\"id\": \"a\"\n", 1, "bad JSON")]                                          // unterminated object
    [InlineData("\n{\"id\": \"a\"}\n{\"source\": \"bbc\"}\n", 3, "missing id")]
    [InlineData("{\"id\": null}", 1, "missing id")]
    [InlineData("{\"id\": 7}", 1, "bad id 7")]
    [InlineData("[1, 2]", 1, "expected one JSON object")]
    [InlineData("{\"id\": \"a\", \"published\": \"2018-02-30\"}", 1, "bad published date")]   // no 30 February
    [InlineData("{\"id\": \"a\", \"published\": \"2018-5-1\"}", 1, "bad published date")]
    [InlineData("{\"id\": \"a\", \"published\": \"\u0662\u0660\u0661\u0668-01-01\"}", 1, "bad published date")] // Arabic-Indic digits
    [InlineData("{\"id\": \"a\", \"events\": [{\"historical\": \"yes\"}]}", 1, "not an article")]
    [InlineData("{\"id\": \"a\", \"entities\": [{\"type\": \"PER\"}]}", 1, "not an article")]  // entity without name
    [InlineData("{\"id\": \"a\", \"quotes\": [null]}", 1, "quotes[0] is null")]
    public void Errors_name_file_line_and_problem(string content, int line, string problem)
    {
        var ex = Assert.Throws<ArticleFormatException>(() => ReadString(content));
        Assert.Equal(line, ex.Line);
        Assert.StartsWith($"test.jsonl:{line}: ", ex.Message);
        Assert.Contains(problem, ex.Message);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_null_lists_become_empty()
    {
        var articles = ReadString("\n  \n{\"id\": \"a\", \"published\": null, \"entities\": null, \"events\": [{\"actor\": null}]}\n\t\n{\"id\": \"b\"}\n");
        Assert.Equal(["a", "b"], articles.Select(a => a.Id));
        Assert.Empty(articles[0].Entities);
        Assert.Empty(articles[0].Events[0].Actor);
        Assert.Empty(articles[0].Events[0].Recipient);
        Assert.Empty(articles[1].Quotes);
    }

    [Fact]
    public void Written_line_is_compact_utf8_with_arabic_and_nulls()
    {
        var article = new ArticleRecord
        {
            Id = "x",
            Title = "قصف في القنيطرة",   // "shelling in Quneitra"
            Entities = [new EntityRecord { Name = "Quneitra", Type = "LOC", Mentions = ["القنيطرة"] }],
            Events = [new EventJson { Type = "ASSAULT", Actor = [new ActorJson { Name = "Israel Defense Forces" }] }],
        };
        var line = ArticleJson.ToLine(article);
        Assert.DoesNotContain('\n', line);
        Assert.Contains("\"title\":\"قصف في القنيطرة\"", line);
        Assert.Contains("\"url\":null", line);
        Assert.Contains("\"country\":null", line);
        Assert.Contains("\"location\":null", line);
        var back = ReadString(line + "\n").Single();
        Assert.Equal(article.Title, back.Title);
        Assert.Equal("القنيطرة", back.Entities[0].Mentions[0]);
        Assert.Equal("Israel Defense Forces", back.Events[0].Actor[0].Name);
    }

    [Fact]
    public void Gold_sample_round_trips()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", "Data", "gold-sample.jsonl");
        var gold = ArticleJson.ReadFile(path);
        var writer = new StringWriter();
        ArticleJson.Write(writer, gold);
        var again = ReadString(writer.ToString());
        Assert.Equal(gold.Count, again.Count);
        Assert.Equal(writer.ToString(), WriteAll(again));
        Assert.Equal(gold.Sum(a => a.Events.Count), again.Sum(a => a.Events.Count));
    }

    private static string WriteAll(IEnumerable<ArticleRecord> articles)
    {
        var w = new StringWriter();
        ArticleJson.Write(w, articles);
        return w.ToString();
    }
}
