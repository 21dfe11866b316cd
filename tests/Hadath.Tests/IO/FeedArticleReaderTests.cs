namespace Hadath.Tests.IO;

public class FeedArticleReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>أخبار العالم</title>
          <item>
            <title>غارة على دمشق</title>
            <link>https://www.example.com/news/1</link>
            <guid>urn:example:1</guid>
            <pubDate>Thu, 10 May 2018 08:00:00 +0300</pubDate>
            <description>&lt;p&gt;شنت طائرات &lt;b&gt;غارة&lt;/b&gt; على دمشق.&lt;/p&gt;</description>
          </item>
          <item>
            <title>محادثات في باريس</title>
            <link>https://www.example.com/news/2</link>
            <description>ملخص</description>
            <content:encoded><![CDATA[<p>عقدت محادثات في باريس.</p><p>وقال مسؤول إنها مثمرة.</p>]]></content:encoded>
          </item>
        </channel>
        </rss>
        """;

    [Fact]
    public void Rss_items_become_articles()
    {
        using var dir = new TempDir();
        var path = dir.Write("feed.rss", Rss);
        var (articles, errors) = ReadAll.Of(path);
        Assert.Empty(errors);
        Assert.Equal(2, articles.Count);
        var a = articles[0];
        Assert.Equal(("urn:example:1", "example.com", "https://www.example.com/news/1", new DateOnly(2018, 5, 10), "غارة على دمشق", "شنت طائرات غارة على دمشق."),
            (a.Id, a.Source, a.Url, a.Published, a.Title, a.Text));
        Assert.Equal(5, a.Origin.Line);
        Assert.Equal("عقدت محادثات في باريس.\nوقال مسؤول إنها مثمرة.", articles[1].Text); // content:encoded over description
        Assert.Null(articles[1].Published);
    }

    [Fact]
    public void Atom_entries_become_articles()
    {
        using var dir = new TempDir();
        var path = dir.Write("feed.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Example</title>
              <entry>
                <id>tag:example.com,2018:1</id>
                <title type="text">اجتماع في القاهرة</title>
                <link rel="enclosure" href="https://example.com/img.jpg"/>
                <link rel="alternate" href="https://example.com/a/1"/>
                <updated>2018-05-12T10:00:00Z</updated>
                <published>2018-05-11T09:00:00Z</published>
                <summary type="html">&lt;p&gt;عقد اجتماع في القاهرة.&lt;/p&gt;</summary>
              </entry>
            </feed>
            """);
        var (articles, errors) = ReadAll.Of(path);
        Assert.Empty(errors);
        var a = Assert.Single(articles);
        Assert.Equal(("tag:example.com,2018:1", "https://example.com/a/1", new DateOnly(2018, 5, 11), "عقد اجتماع في القاهرة."),
            (a.Id, a.Url, a.Published, a.Text));
    }

    [Fact]
    public void Broken_xml_keeps_the_items_before_the_break_and_names_the_line()
    {
        using var dir = new TempDir();
        var broken = Rss.Replace("<title>محادثات في باريس</title>", "<title>محادثات في باريس</titel>", StringComparison.Ordinal);
        var (articles, errors) = ReadAll.Of(dir.Write("broken.xml", broken));
        Assert.Equal("urn:example:1", Assert.Single(articles).Id);
        var error = Assert.Single(errors);
        Assert.Equal(13, error.Line);
        Assert.Contains("broken feed XML", error.Message);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_an_error()
    {
        using var dir = new TempDir();
        var (articles, errors) = ReadAll.Of(dir.Write("other.xml", "<?xml version=\"1.0\"?><config><a>1</a></config>"));
        Assert.Empty(articles);
        Assert.Contains("not an RSS or Atom feed", Assert.Single(errors).Message);
    }

    [Fact]
    public void Empty_feed_file_is_an_error()
    {
        using var dir = new TempDir();
        var (articles, errors) = ReadAll.Of(dir.Write("empty.rss", ""));
        Assert.Empty(articles);
        Assert.Contains("empty file", Assert.Single(errors).Message);
    }

    [Fact]
    public void Dtd_entities_are_not_expanded()
    {
        using var dir = new TempDir();
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><title>t</title><description>&e;</description></item></channel></rss>
            """;
        var (articles, errors) = ReadAll.Of(dir.Write("xxe.rss", xml));
        Assert.DoesNotContain(articles, a => a.Text.Contains("root:", StringComparison.Ordinal));
        Assert.True(articles.Count + errors.Count >= 1);
    }
}
