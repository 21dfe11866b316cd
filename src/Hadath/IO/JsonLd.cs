using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hadath.IO;

/// <summary>Reads datePublished and headline from a page's JSON-LD (schema.org NewsArticle), tolerating bad JSON.</summary>
internal static partial class JsonLd
{
    private const int MaxDepth = 16;

    /// <summary>Sets <paramref name="published"/> and <paramref name="headline"/> from <paramref name="json"/> where still null.</summary>
    public static void Read(string json, ref string? published, ref string? headline)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            Walk(document.RootElement, 0, ref published, ref headline);
        }
        catch (JsonException)
        {
            // Pages often ship JSON-LD with raw newlines or template leftovers: fall back to the property alone.
            if (published is null && DatePublished().Match(json) is { Success: true } m) published = m.Groups[1].Value;
            if (headline is null && Headline().Match(json) is { Success: true } h) headline = h.Groups[1].Value;
        }
    }

    private static void Walk(JsonElement e, int depth, ref string? published, ref string? headline)
    {
        if (depth > MaxDepth) return;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Walk(item, depth + 1, ref published, ref headline);
            return;
        }
        if (e.ValueKind != JsonValueKind.Object) return;
        foreach (var property in e.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                if (property.NameEquals("datePublished")) published ??= property.Value.GetString();
                else if (property.NameEquals("headline")) headline ??= property.Value.GetString();
            }
            else Walk(property.Value, depth + 1, ref published, ref headline);
        }
    }

    [GeneratedRegex("\"datePublished\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex DatePublished();

    [GeneratedRegex("\"headline\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex Headline();
}
