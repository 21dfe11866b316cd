using System.Text;

namespace Hadath.Tests.IO;

public class JsonlArticleReaderTests
{
    [Fact]
    public void Reads_gold_format_fields()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.jsonl", """
            {"id": "a1", "source": "bbc", "url": "http://x/1", "published": "2025-07-25", "title": "عنوان", "text": "قال الرئيس"}

            {"id": "a2", "source": "cnn", "url": null, "published": null, "title": "", "text": "نص"}
            """);
        var (articles, errors) = ReadAll.Of(path);
        Assert.Empty(errors);
        Assert.Equal(["a1", "a2"], articles.Select(a => a.Id));
        var a1 = articles[0];
        Assert.Equal(("bbc", "http://x/1", new DateOnly(2025, 7, 25), "عنوان", "قال الرئيس"), (a1.Source, a1.Url, a1.Published, a1.Title, a1.Text));
        Assert.Equal("عنوان\n\nقال الرئيس", a1.DocumentText); // GOLD_FORMAT: title + blank line + text
        Assert.Equal(1, a1.Origin.Line);
        Assert.Equal(3, articles[1].Origin.Line); // the blank line counts
        Assert.Equal("نص", articles[1].DocumentText);
    }

    [Fact]
    public void Maps_ant_corpus_fields()
    {
        using var dir = new TempDir();
        // ANT multisource: docno, src, time (RFC 822), no id or published.
        var path = dir.Write("ant.jsonl", """{"docno": "AL-1", "url": "http://alarabiya.net/1", "src": "alarabia", "cat": "news", "title": "t", "time": "Mon, 19 Feb 2018 00:16:11 +0400", "author": "x", "text": "body"}""");
        var (articles, errors) = ReadAll.Of(path);
        Assert.Empty(errors);
        var a = Assert.Single(articles);
        Assert.Equal(("AL-1", "alarabia", new DateOnly(2018, 2, 19)), (a.Id, a.Source, a.Published));
    }

    [Theory]
    [InlineData("{\"id\": \"x\", \"text\": ", "bad JSON")]
    [InlineData("[1, 2]", "expected one JSON object per line")]
    [InlineData("{\"id\": \"x\"}", "no article text")]
    [InlineData("{\"id\": \"x\", \"text\": 5}", "field \"text\" is Number")]
    [InlineData("{\"id\": \"x\", \"text\": \"t\", \"published\": \"yesterday\"}", "bad publication date")]
    public void Bad_line_is_reported_with_its_line_and_the_rest_is_read(string badLine, string expected)
    {
        using var dir = new TempDir();
        var path = dir.Write("b.jsonl", "{\"id\": \"ok1\", \"text\": \"a\"}\n" + badLine + "\n{\"id\": \"ok2\", \"text\": \"b\"}\n");
        var (articles, errors) = ReadAll.Of(path);
        Assert.Equal(["ok1", "ok2"], articles.Select(a => a.Id));
        var error = Assert.Single(errors);
        Assert.Equal((path, 2), (error.Path, error.Line!.Value));
        Assert.Contains(expected, error.Message);
        Assert.StartsWith($"{path}:2: ", error.ToString());
    }

    [Fact]
    public void Invalid_utf8_names_line_and_byte_offset()
    {
        using var dir = new TempDir();
        var first = Encoding.UTF8.GetBytes("{\"id\": \"ok\", \"text\": \"a\"}\n");
        var second = Encoding.UTF8.GetBytes("{\"id\": \"bad\", \"text\": \"");
        byte[] bad = [0xD9, 0x28]; // a lead byte of an Arabic letter followed by '(': not UTF-8
        var rest = Encoding.UTF8.GetBytes("\"}\n{\"id\": \"ok2\", \"text\": \"b\"}\n");
        var path = dir.WriteBytes("u.jsonl", [.. first, .. second, .. bad, .. rest]);
        var (articles, errors) = ReadAll.Of(path);
        Assert.Equal(["ok", "ok2"], articles.Select(a => a.Id));
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Equal(first.Length + second.Length, error.ByteOffset);
        Assert.Contains("not valid UTF-8", error.Message);
    }

    [Fact]
    public void Byte_order_mark_and_crlf_are_accepted()
    {
        using var dir = new TempDir();
        var path = dir.WriteBytes("bom.jsonl", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"id\": \"a\", \"text\": \"x\"}\r\n{\"id\": \"b\", \"text\": \"y\"}\r\n")]);
        var (articles, errors) = ReadAll.Of(path);
        Assert.Empty(errors);
        Assert.Equal(["a", "b"], articles.Select(a => a.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void Empty_file_is_an_error(string content)
    {
        using var dir = new TempDir();
        var path = dir.Write("e.jsonl", content);
        var (articles, errors) = ReadAll.Of(path);
        Assert.Empty(articles);
        Assert.Contains("empty file", Assert.Single(errors).Message);
    }

    [Fact]
    public void Long_lines_across_buffer_boundaries_are_read_whole()
    {
        using var dir = new TempDir();
        var longText = new string('\u0628', 200_000); // 400 KB of UTF-8, several read buffers
        var path = dir.Write("long.jsonl", $"{{\"id\": \"l\", \"text\": \"{longText}\"}}\n{{\"id\": \"s\", \"text\": \"x\"}}");
        var (articles, errors) = ReadAll.Of(path);
        Assert.Empty(errors);
        Assert.Equal(200_000, articles[0].Text.Length);
        Assert.Equal(("s", 2), (articles[1].Id, articles[1].Origin.Line!.Value));
    }
}
