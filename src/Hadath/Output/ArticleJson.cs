using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hadath.Output;

/// <summary>
/// Reads and writes article JSONL files (GOLD_FORMAT.md): one <see cref="ArticleRecord"/> per line, UTF-8, blank
/// lines skipped. Gold files and system output share this format, so the scorer reads both through here.
/// </summary>
/// <example><code>
/// var gold = ArticleJson.ReadFile("../shared/gold/articles-dev.jsonl");
/// ArticleJson.WriteFile("out.jsonl", gold);   // one compact line per article, Arabic as is
/// </code></example>
public static partial class ArticleJson
{
    /// <summary>Serializer settings of the format: schema names from the attributes, compact, nulls written, and
    /// Arabic written as characters rather than \u escapes (the relaxed encoder still escapes quotes, controls and
    /// a few invisible characters such as the no-break space, RLM or ZWNJ; the JSON stays valid and equal).</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>Reads every article of the JSONL file at <paramref name="path"/>.</summary>
    /// <exception cref="ArticleFormatException">A line is not JSON, not an article, lacks an id or has a bad
    /// published date; or the file is not UTF-8.</exception>
    public static List<ArticleRecord> ReadFile(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads every article from <paramref name="reader"/>; <paramref name="sourceName"/> names it in errors.</summary>
    public static List<ArticleRecord> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var articles = new List<ArticleRecord>();
        var lineNumber = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (DecoderFallbackException ex)
            {
                throw new ArticleFormatException(sourceName, lineNumber + 1, "not valid UTF-8; save the file as UTF-8.", ex);
            }
            if (line is null) break;
            lineNumber++;
            if (IsBlank(line)) continue;
            articles.Add(ParseLine(line, sourceName, lineNumber));
        }
        return articles;
    }

    /// <summary>Parses one JSONL line; <paramref name="sourceName"/> and 1-based <paramref name="lineNumber"/>
    /// locate errors.</summary>
    public static ArticleRecord ParseLine(string line, string sourceName, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new ArticleFormatException(sourceName, lineNumber, $"bad JSON: {ex.Message}", ex);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new ArticleFormatException(sourceName, lineNumber, $"expected one JSON object per line, found {root.ValueKind}.");
            if (!root.TryGetProperty("id", out var id) || id.ValueKind == JsonValueKind.Null)
                throw new ArticleFormatException(sourceName, lineNumber, "missing id: every article needs a string \"id\".");
            if (id.ValueKind != JsonValueKind.String || id.GetString()!.Length == 0)
                throw new ArticleFormatException(sourceName, lineNumber, $"bad id {id.GetRawText()}: expected a non-empty string.");
            if (root.TryGetProperty("published", out var published) && published.ValueKind != JsonValueKind.Null
                && !IsDate(published))
                throw new ArticleFormatException(sourceName, lineNumber, $"bad published date {published.GetRawText()}: expected \"YYYY-MM-DD\" (or null).");
            ArticleRecord? record;
            try
            {
                record = root.Deserialize<ArticleRecord>(Options);
            }
            catch (JsonException ex)
            {
                throw new ArticleFormatException(sourceName, lineNumber, $"not an article (GOLD_FORMAT.md): {ex.Message}", ex);
            }
            return Normalize(record!, sourceName, lineNumber);
        }
    }

    /// <summary>One article as a single compact JSON line, without the line break.</summary>
    public static string ToLine(ArticleRecord article) => JsonSerializer.Serialize(article, Options);

    /// <summary>Writes each article as one line ending in "\n".</summary>
    public static void Write(TextWriter writer, IEnumerable<ArticleRecord> articles)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var article in articles)
        {
            writer.Write(ToLine(article));
            writer.Write('\n');
        }
    }

    /// <summary>Writes the articles to <paramref name="path"/> as UTF-8 JSONL without a byte-order mark.</summary>
    public static void WriteFile(string path, IEnumerable<ArticleRecord> articles)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        Write(writer, articles);
    }

    // Python's l.strip() == "": white space as str.isspace counts it, which adds U+001C..U+001F to .NET's.
    private static bool IsBlank(string line) => line.All(c => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F');

    private static bool IsDate(JsonElement e) =>
        e.ValueKind == JsonValueKind.String && DatePattern().IsMatch(e.GetString()!)
        && DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    // ASCII digits only: \d would also accept Arabic-Indic digits.
    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DatePattern();

    // JSON null for a list field deserialises to a null list despite the non-nullable type; the scorer treats null
    // and [] alike (Python's `or []`), so lists become empty. A null item is rejected: Python would crash on it.
    private static ArticleRecord Normalize(ArticleRecord a, string sourceName, int lineNumber)
    {
        T Item<T>(T? item, string where) where T : class =>
            item ?? throw new ArticleFormatException(sourceName, lineNumber, $"{where} is null: expected an object.");

        return a with
        {
            Entities = (a.Entities ?? []).Select((e, i) => Item(e, $"entities[{i}]") with
            {
                Aliases = e.Aliases ?? [],
                Mentions = e.Mentions ?? [],
            }).ToList(),
            Events = (a.Events ?? []).Select((e, i) => Item(e, $"events[{i}]") with
            {
                Actor = (e.Actor ?? []).Select((x, k) => Item(x, $"events[{i}].actor[{k}]")).ToList(),
                Recipient = (e.Recipient ?? []).Select((x, k) => Item(x, $"events[{i}].recipient[{k}]")).ToList(),
            }).ToList(),
            Quotes = (a.Quotes ?? []).Select((q, i) => Item(q, $"quotes[{i}]")).ToList(),
        };
    }
}
