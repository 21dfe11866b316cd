namespace Hadath.IO;

/// <summary>What <see cref="HtmlScanner"/> found next.</summary>
internal enum HtmlTokenKind { Text, StartTag, EndTag }

/// <summary>One tag or run of text; tag names are lower case, attribute values entity-decoded.</summary>
internal readonly record struct HtmlToken(HtmlTokenKind Kind, string Name, string Text, IReadOnlyList<KeyValuePair<string, string>> Attributes, bool SelfClosing)
{
    public string? Attribute(string name)
    {
        foreach (var (k, v) in Attributes)
            if (k == name) return v;
        return null;
    }
}

/// <summary>
/// A tolerant HTML tokenizer: never throws and never stops early on broken markup. A stray "&lt;" is text, an
/// unterminated comment or tag ends the document, unclosed quotes run to the end of the tag. The content of script,
/// style, textarea and title comes back as one raw text token (JSON-LD is read from it).
/// </summary>
internal sealed class HtmlScanner(string html)
{
    private static readonly HashSet<string> RawText = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe", "noscript", "plaintext"];
    private static readonly IReadOnlyList<KeyValuePair<string, string>> NoAttributes = [];
    private int _pos;
    private string? _rawUntil; // set after a raw-text start tag: the element whose end tag closes the raw text

    public bool Next(out HtmlToken token)
    {
        token = default;
        while (_pos < html.Length)
        {
            if (_rawUntil is { } raw)
            {
                _rawUntil = null;
                var close = IndexOfEndTag(raw, _pos);
                var text = html[_pos..close];
                _pos = close;
                if (text.Length > 0)
                {
                    token = new HtmlToken(HtmlTokenKind.Text, raw, text, NoAttributes, false);
                    return true;
                }
                continue;
            }
            if (html[_pos] != '<')
            {
                var lt = html.IndexOf('<', _pos);
                if (lt < 0) lt = html.Length;
                token = new HtmlToken(HtmlTokenKind.Text, "", HtmlEntities.Decode(html[_pos..lt]), NoAttributes, false);
                _pos = lt;
                return true;
            }
            if (Starts("<!--"))
            {
                var end = html.IndexOf("-->", _pos + 4, StringComparison.Ordinal);
                _pos = end < 0 ? html.Length : end + 3;
                continue;
            }
            if (Starts("<!") || Starts("<?"))
            {
                var end = html.IndexOf('>', _pos);
                _pos = end < 0 ? html.Length : end + 1;
                continue;
            }
            var isEnd = Starts("</");
            var nameStart = _pos + (isEnd ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // A "<" that opens no tag ("a < b", "<3") is text, as in browsers.
                var next = html.IndexOf('<', _pos + 1);
                if (next < 0) next = html.Length;
                token = new HtmlToken(HtmlTokenKind.Text, "", HtmlEntities.Decode(html[_pos..next]), NoAttributes, false);
                _pos = next;
                return true;
            }
            if (!ReadTag(nameStart, isEnd, out token))
            {
                _pos = html.Length; // a tag cut off by the end of the file: drop it
                return false;
            }
            if (token.Kind == HtmlTokenKind.StartTag && !token.SelfClosing && RawText.Contains(token.Name)) _rawUntil = token.Name;
            return true;
        }
        return false;
    }

    private bool Starts(string s) => string.CompareOrdinal(html, _pos, s, 0, s.Length) == 0;

    private int IndexOfEndTag(string name, int from)
    {
        var i = from;
        while ((i = html.IndexOf("</", i, StringComparison.Ordinal)) >= 0)
        {
            if (i + 2 + name.Length <= html.Length && html.AsSpan(i + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (i + 2 + name.Length == html.Length || !char.IsAsciiLetterOrDigit(html[i + 2 + name.Length])))
                return i;
            i += 2;
        }
        return html.Length;
    }

    private bool ReadTag(int nameStart, bool isEnd, out HtmlToken token)
    {
        token = default;
        var i = nameStart;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('/' or '>')) i++;
        var name = html[nameStart..i].ToLowerInvariant();
        var attributes = new List<KeyValuePair<string, string>>();
        var selfClosing = false;
        while (true)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || (html[i] == '/' && (i + 1 >= html.Length || html[i + 1] != '>')))) i++;
            if (i >= html.Length) return false;
            if (html[i] == '>') { i++; break; }
            if (html[i] == '/') { selfClosing = true; i += 2; break; }
            var attrStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            var attrName = html[attrStart..i].ToLowerInvariant();
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
                if (i >= html.Length) return false;
                if (html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var close = html.IndexOf(quote, i + 1);
                    if (close < 0) return false;
                    value = html[(i + 1)..close];
                    i = close + 1;
                }
                else
                {
                    var start = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                    value = html[start..i];
                }
            }
            if (!isEnd && attrName.Length > 0) attributes.Add(new(attrName, HtmlEntities.Decode(value)));
        }
        _pos = i;
        token = new HtmlToken(isEnd ? HtmlTokenKind.EndTag : HtmlTokenKind.StartTag, name, "", attributes, selfClosing);
        return true;
    }
}
