using System.Text;

namespace Hadath.IO;

/// <summary>
/// Extracts an article's text from an HTML page without a DOM: text inside navigation, headers, footers, forms,
/// scripts and elements whose class or id says "menu", "share", "related"... is dropped; when the page has an
/// &lt;article&gt; (or &lt;main&gt;) with enough text, only that is kept; blocks made mostly of link text (menus,
/// "read also" lists) are dropped. Tolerant of any markup: unclosed and misnested tags close at the nearest
/// matching ancestor, stray end tags are ignored.
/// </summary>
/// <example><code>
/// var page = HtmlText.Extract("&lt;title&gt;T&lt;/title&gt;&lt;nav&gt;Home&lt;/nav&gt;&lt;p&gt;Body&lt;/p&gt;");  // page.Text == "Body"
/// </code></example>
public static class HtmlText
{
    /// <summary>Below this many characters an &lt;article&gt;/&lt;main&gt; is taken for a teaser, not the article.</summary>
    private const int MinContainerChars = 80;

    public static HtmlPage Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var withHints = new HtmlWalk(html, useClassHints: true);
        var text = withHints.Text();
        // A class hint can be wrong for a whole page (<div class="content has-sidebar">): if trusting them
        // leaves next to nothing, walk again on element names alone.
        if (text.Length < MinContainerChars)
        {
            var plain = new HtmlWalk(html, useClassHints: false).Text();
            if (plain.Length > text.Length) text = plain;
        }
        return new HtmlPage(text, withHints.Title, withHints.PublishedRaw, withHints.Url, withHints.SiteName);
    }

    private sealed record Block(string Text, int LinkChars, bool InArticle, bool InMain);

    private sealed class HtmlWalk
    {
        private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];
        private static readonly HashSet<string> BlockTags = ["p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "pre", "br", "hr", "figure", "figcaption", "form", "address", "body", "html"];
        private static readonly HashSet<string> Boilerplate = ["nav", "header", "footer", "aside", "form", "button", "select", "option", "menu", "iframe", "svg",
            "figure", "noscript", "template", "object", "embed", "canvas", "audio", "video", "dialog", "script", "style", "textarea", "head"];
        private static readonly HashSet<string> BoilerplateWords = ["nav", "navbar", "navigation", "menu", "footer", "sidebar", "breadcrumb", "breadcrumbs", "share",
            "sharing", "social", "comments", "comment", "related", "advert", "advertisement", "ads", "ad", "banner", "cookie", "cookies", "newsletter", "subscribe",
            "popup", "modal", "tags", "widget", "promo", "outbrain", "taboola"];
        private static readonly string[] DateMetaNames = ["pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
            "dcterms.created", "dcterms.issued", "og:published_time", "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate"];

        private readonly List<(string Name, bool Skip, bool Article, bool Main, bool Link)> _open = [];
        private readonly List<Block> _blocks = [];
        private readonly StringBuilder _block = new();
        private readonly bool _useClassHints;
        private int _skip, _article, _main, _link, _linkChars, _h1;
        private bool _blockInArticle, _blockInMain;
        private string? _ogTitle, _docTitle, _h1Text, _ldHeadline, _metaPublished, _ldPublished, _itempropPublished, _otherPublished, _time, _articleTime;
        private StringBuilder? _h1Builder;

        public HtmlWalk(string html, bool useClassHints)
        {
            _useClassHints = useClassHints;
            var scanner = new HtmlScanner(html);
            while (scanner.Next(out var token))
            {
                switch (token.Kind)
                {
                    case HtmlTokenKind.StartTag: Open(token); break;
                    case HtmlTokenKind.EndTag: Close(token.Name); break;
                    default: OnText(token); break;
                }
            }
            Flush();
        }

        public string? Title => Clean(_ogTitle) ?? Clean(_ldHeadline) ?? Clean(_docTitle) ?? Clean(_h1Text);
        public string? PublishedRaw => _metaPublished ?? _ldPublished ?? _itempropPublished ?? _otherPublished ?? _articleTime ?? _time;
        public string? Url { get; private set; }
        public string? SiteName { get; private set; }

        public string Text()
        {
            var chosen = Pick(b => b.InArticle) ?? Pick(b => b.InMain) ?? _blocks;
            var title = Title;
            var lines = new List<string>();
            foreach (var block in chosen)
            {
                if (block.LinkChars * 2 > block.Text.Length) continue; // a menu or a list of links, not prose
                if (lines.Count == 0 && title is not null && block.Text == title) continue; // the headline repeated as the body's first line
                lines.Add(block.Text);
            }
            return string.Join("\n", lines);
        }

        private List<Block>? Pick(Func<Block, bool> where)
        {
            var blocks = _blocks.Where(where).ToList();
            return blocks.Sum(b => b.Text.Length) >= MinContainerChars ? blocks : null;
        }

        private void Open(HtmlToken tag)
        {
            var name = tag.Name;
            if (name == "meta") { Meta(tag); return; }
            // <body> ends an unclosed <head>, or the whole page would count as head matter.
            if (name == "body" && _open.Any(e => e.Name == "head")) Close("head");
            if (name == "link" && (tag.Attribute("rel") ?? "").Contains("canonical", StringComparison.OrdinalIgnoreCase)) Url ??= Clean(tag.Attribute("href"));
            if (tag.Attribute("itemprop") == "datePublished") _itempropPublished ??= tag.Attribute("content") ?? tag.Attribute("datetime");
            if (name == "time" && tag.Attribute("datetime") is { } datetime)
            {
                _time ??= datetime;
                if (_article > 0) _articleTime ??= datetime;
            }
            if (BlockTags.Contains(name)) Flush();
            if (Void.Contains(name) || tag.SelfClosing) return;
            var skip = Boilerplate.Contains(name) || (_useClassHints && name is not ("html" or "body" or "article" or "main") && HasBoilerplateHint(tag));
            var article = name == "article" || tag.Attribute("itemprop") == "articleBody";
            var main = name == "main" || tag.Attribute("role") == "main";
            var link = name == "a";
            _open.Add((name, skip, article, main, link));
            Count(skip, article, main, link, +1);
            if (name == "h1" && _h1Text is null && _skip == 0) { _h1++; _h1Builder = new StringBuilder(); }
            if (name == "script") _scriptIsJsonLd = (tag.Attribute("type") ?? "").Contains("ld+json", StringComparison.OrdinalIgnoreCase);
        }

        private bool _scriptIsJsonLd;

        private void Close(string name)
        {
            var at = _open.FindLastIndex(e => e.Name == name);
            if (at < 0) return; // a stray end tag closes nothing
            for (var i = _open.Count - 1; i >= at; i--)
            {
                var e = _open[i];
                Count(e.Skip, e.Article, e.Main, e.Link, -1);
                if (e.Name == "h1" && _h1Builder is not null)
                {
                    _h1Text = Collapse(_h1Builder.ToString());
                    _h1Builder = null;
                }
                if (BlockTags.Contains(e.Name)) Flush();
            }
            _open.RemoveRange(at, _open.Count - at);
        }

        private void Count(bool skip, bool article, bool main, bool link, int by)
        {
            if (skip) _skip += by;
            if (article) _article += by;
            if (main) _main += by;
            if (link) _link += by;
        }

        private void OnText(HtmlToken token)
        {
            switch (token.Name)
            {
                case "title":
                    if (_docTitle is null && !_open.Any(e => e.Name == "svg")) _docTitle = Collapse(HtmlEntities.Decode(token.Text));
                    return;
                case "script":
                    if (_scriptIsJsonLd) JsonLd.Read(token.Text, ref _ldPublished, ref _ldHeadline);
                    return;
                case "":
                    break;
                default:
                    return; // style, textarea, iframe...: never article text
            }
            _h1Builder?.Append(token.Text);
            if (_skip > 0) return;
            if (_block.Length == 0)
            {
                _blockInArticle = _article > 0;
                _blockInMain = _main > 0;
            }
            var before = _block.Length;
            AppendCollapsed(token.Text);
            if (_link > 0) _linkChars += _block.Length - before;
        }

        private void AppendCollapsed(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (_block.Length > 0 && _block[^1] != ' ') _block.Append(' ');
                }
                else _block.Append(c);
            }
        }

        private void Flush()
        {
            var text = _block.ToString().Trim();
            if (text.Length > 0) _blocks.Add(new Block(text, _linkChars, _blockInArticle, _blockInMain));
            _block.Clear();
            _linkChars = 0;
        }

        private void Meta(HtmlToken tag)
        {
            var key = (tag.Attribute("property") ?? tag.Attribute("name") ?? tag.Attribute("itemprop") ?? "").Trim().ToLowerInvariant();
            var content = tag.Attribute("content");
            if (content is null || key.Length == 0) return;
            switch (key)
            {
                case "og:title": _ogTitle ??= content; break;
                case "twitter:title": _ogTitle ??= content; break;
                case "og:url": Url = Clean(content) ?? Url; break;
                case "og:site_name": SiteName ??= Clean(content); break;
                case "article:published_time": _metaPublished ??= content; break;
                case "datepublished": _itempropPublished ??= content; break;
                default:
                    if (DateMetaNames.Contains(key)) _otherPublished ??= content;
                    break;
            }
        }

        private bool HasBoilerplateHint(HtmlToken tag)
        {
            foreach (var attribute in (string[])["class", "id", "role"])
            {
                var value = tag.Attribute(attribute);
                if (value is null) continue;
                foreach (var word in value.ToLowerInvariant().Split([' ', '-', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
                    if (BoilerplateWords.Contains(word)) return true;
            }
            return false;
        }

        private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : Collapse(s);
    }
}
