using System.Text;

namespace Hadath.Tests.IO;

public class ArticleSourcesTests
{
    [Fact]
    public void Folders_are_read_recursively_in_name_order_with_all_kinds()
    {
        using var dir = new TempDir();
        dir.Write("b/2.txt", "نص ثان");
        dir.Write("a/1.txt", "نص أول");
        dir.Write("a/deep/feed.rss", "<rss><channel><item><title>عنوان</title><description>وصف</description></item></channel></rss>");
        dir.Write("c.jsonl", "{\"id\": \"j1\", \"text\": \"سطر\"}");
        dir.Write("d.html", "<html><body><p>صفحة</p></body></html>");
        dir.Write("notes.md", "not an article");
        var (articles, errors) = ReadAll.Of(dir.Path);
        Assert.Empty(errors);
        Assert.Equal(["a/1", "feed#1", "b/2", "j1", "d"], articles.Select(a => a.Id));
        Assert.Equal("نص أول", articles[0].Text);
    }

    [Fact]
    public void Missing_path_is_reported_and_the_rest_still_read()
    {
        using var dir = new TempDir();
        var ok = dir.Write("ok.txt", "نص");
        var (articles, errors) = ReadAll.Of(dir.File("missing.txt"), ok);
        Assert.Single(articles);
        Assert.Contains("no such file or folder", Assert.Single(errors).Message);
    }

    [Fact]
    public void Empty_text_file_is_an_error()
    {
        using var dir = new TempDir();
        var (articles, errors) = ReadAll.Of(dir.Write("e.txt", "  \n"));
        Assert.Empty(articles);
        Assert.Contains("empty file", Assert.Single(errors).Message);
    }

    [Fact]
    public void Invalid_utf8_text_file_names_line_and_byte()
    {
        using var dir = new TempDir();
        var first = Encoding.UTF8.GetBytes("سطر\nسطر ");
        var (articles, errors) = ReadAll.Of(dir.WriteBytes("bad.txt", [.. first, 0xFF, .. Encoding.UTF8.GetBytes("\n")]));
        Assert.Empty(articles);
        var error = Assert.Single(errors);
        Assert.Equal((2, (long)first.Length), (error.Line!.Value, error.ByteOffset!.Value));
        Assert.Equal($"{error.Path}:2: not valid UTF-8 (byte 0xFF); save the file as UTF-8 or declare its charset. (byte {first.Length})", error.ToString());
    }

    [Theory]
    [InlineData("{\"id\": \"s1\", \"text\": \"نص\"}", "s1")]
    [InlineData("<html><body><p>صفحة</p></body></html>", "input")]
    [InlineData("<rss><channel><item><guid>g1</guid><title>عنوان</title></item></channel></rss>", "g1")]
    [InlineData("نص عادي", "input")]
    public void Unknown_extension_is_sniffed(string content, string expectedId)
    {
        using var dir = new TempDir();
        var (articles, errors) = ReadAll.Of(dir.Write("input.dat", content));
        Assert.Empty(errors);
        Assert.Equal(expectedId, Assert.Single(articles).Id);
    }

    [Fact]
    public void Utf16_with_byte_order_mark_is_decoded()
    {
        using var dir = new TempDir();
        var (articles, errors) = ReadAll.Of(dir.WriteBytes("u16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("نص")]));
        Assert.Empty(errors);
        Assert.Equal("نص", Assert.Single(articles).Text);
    }
}
