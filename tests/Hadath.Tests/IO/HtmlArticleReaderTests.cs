using System.Text;
using Hadath.IO;

namespace Hadath.Tests.IO;

public class HtmlArticleReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head>
        <meta charset="utf-8">
        <title>غارة على دمشق - موقع الأخبار</title>
        <meta property="og:title" content="غارة على دمشق">
        <meta property="og:site_name" content="Example News">
        <meta property="og:url" content="https://example.com/a/1">
        <meta property="article:published_time" content="2018-05-10T08:00:00+03:00">
        <script>var x = "<p>not text</p>";</script>
        <style>p { color: red }</style>
        </head><body>
        <header><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav></header>
        <div class="share-buttons">شارك على فيسبوك</div>
        <article>
          <h1>غارة على دمشق</h1>
          <p>شنت طائرات غارة على مواقع قرب دمشق &amp; ريفها صباح اليوم.</p>
          <p>وقال مصدر إن الغارة   أسفرت عن
             مقتل ثلاثة.</p>
          <ul class="related"><li><a href="/b">خبر آخر</a></li></ul>
          <p><a href="/c">اقرأ أيضا</a> <a href="/d">خبر ثالث</a></p>
        </article>
        <aside>الأكثر قراءة</aside>
        <footer>حقوق النشر 2018</footer>
        </body></html>
        """;

    [Fact]
    public void Extracts_article_text_title_date_and_source()
    {
        using var dir = new TempDir();
        var (articles, errors) = ReadAll.Of(dir.Write("page.html", Page));
        Assert.Empty(errors);
        var a = Assert.Single(articles);
        Assert.Equal("غارة على دمشق", a.Title);                 // og:title over <title> with the site suffix
        Assert.Equal(new DateOnly(2018, 5, 10), a.Published);
        Assert.Equal(("https://example.com/a/1", "https://example.com/a/1", "Example News"), (a.Id, a.Url, a.Source));
        // Navigation, share buttons, scripts, link lists, aside and footer are gone; the repeated headline too.
        Assert.Equal("شنت طائرات غارة على مواقع قرب دمشق & ريفها صباح اليوم.\nوقال مصدر إن الغارة أسفرت عن مقتل ثلاثة.", a.Text);
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2019-03-04T10:00:00Z"}]}</script>""", "2019-03-04")]
    [InlineData("""<script type="application/ld+json">{"datePublished": "2019-03-05", broken json</script>""", "2019-03-05")]
    [InlineData("""<time datetime="2019-03-06">6 مارس</time>""", "2019-03-06")]
    [InlineData("""<meta name="pubdate" content="2019-03-07">""", "2019-03-07")]
    [InlineData("""<span itemprop="datePublished" content="2019-03-08"></span>""", "2019-03-08")]
    public void Finds_the_date_where_pages_put_it(string markup, string expected)
    {
        var page = HtmlText.Extract($"<html><head></head><body>{markup}<p>{Body}</p></body></html>");
        Assert.Equal(expected, PublishedDate.Parse(page.PublishedRaw)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private const string Body = "نص الخبر الكامل الذي يكفي ليكون مقالا حقيقيا وليس مجرد عنوان أو رابط في قائمة طويلة من الروابط";

    [Theory]
    [InlineData("<p>نص <b>غير مغلق <i>أبدا")]                 // unclosed tags
    [InlineData("<p>نص</div></span></p></p>")]                 // stray end tags
    [InlineData("<p>نص <!-- تعليق لا ينتهي")]                  // unterminated comment
    [InlineData("<p>نص 3 < 5 و <3</p>")]                        // a "<" that opens no tag
    [InlineData("<p>نص <a href=\"x")]                           // a tag cut off by the end of the file
    [InlineData("<p>نص &bogus; &#99999999; &#x41;")]            // odd character references
    [InlineData("<html><head><title>t</title><body><p>نص")]     // <head> never closed
    public void Broken_html_still_gives_its_text(string html)
    {
        var page = HtmlText.Extract(html);
        Assert.StartsWith("نص", page.Text);
    }

    [Fact]
    public void Unclosed_head_is_ended_by_body()
    {
        var page = HtmlText.Extract("<html><head><title>عنوان</title><body><p>متن الخبر</p></body></html>");
        Assert.Equal(("عنوان", "متن الخبر"), (page.Title, page.Text));
    }

    [Fact]
    public void Class_hints_that_would_empty_the_page_are_ignored()
    {
        // "has-sidebar" on the wrapper would drop everything if trusted.
        var page = HtmlText.Extract($"<body><div class=\"content has-sidebar\"><p>{Body}</p></div></body>");
        Assert.Equal(Body, page.Text);
    }

    [Fact]
    public void Page_with_no_text_is_an_error()
    {
        using var dir = new TempDir();
        var (articles, errors) = ReadAll.Of(dir.Write("nav.html", "<html><body><nav><a href='/'>الرئيسية</a></nav><script>x()</script></body></html>"));
        Assert.Empty(articles);
        Assert.Contains("no article text", Assert.Single(errors).Message);
    }

    [Fact]
    public void Legacy_charset_declared_by_the_page_is_decoded()
    {
        using var dir = new TempDir();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body><p>سلام عليكم</p></body></html>";
        var path = dir.WriteBytes("cp1256.html", Encoding.GetEncoding(1256).GetBytes(html));
        var (articles, errors) = ReadAll.Of(path);
        Assert.Empty(errors);
        Assert.Equal("سلام عليكم", Assert.Single(articles).Text);
    }

    [Fact]
    public void Undeclared_invalid_utf8_is_reported_with_line_and_byte()
    {
        using var dir = new TempDir();
        var head = Encoding.UTF8.GetBytes("<html><body>\n<p>");
        var path = dir.WriteBytes("bad.html", [.. head, 0xE3, 0x41, .. Encoding.UTF8.GetBytes("</p></body></html>")]);
        var (articles, errors) = ReadAll.Of(path);
        Assert.Empty(articles);
        var error = Assert.Single(errors);
        Assert.Equal((2, (long)head.Length), (error.Line!.Value, error.ByteOffset!.Value));
        Assert.Contains("not valid UTF-8", error.Message);
    }
}
