namespace Hadath.IO;

/// <summary>What <see cref="HtmlText.Extract"/> found in a page: the article text and the metadata around it.</summary>
/// <param name="Text">Body text, one block (paragraph, heading, list item) a line, boilerplate removed.</param>
/// <param name="Title">og:title, JSON-LD headline, &lt;title&gt; or the first &lt;h1&gt;, in that order; null if none.</param>
/// <param name="PublishedRaw">The publication date as the page gives it (meta, JSON-LD, &lt;time datetime&gt;).</param>
/// <param name="Url">og:url or the canonical link.</param>
/// <param name="SiteName">og:site_name.</param>
public sealed record HtmlPage(string Text, string? Title, string? PublishedRaw, string? Url, string? SiteName);
