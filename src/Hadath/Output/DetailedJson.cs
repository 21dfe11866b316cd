using System.Text.Json.Nodes;
using Hadath.Events;
using Hadath.Text;

namespace Hadath.Output;

/// <summary>
/// `--format json`: the article record plus where every fact sits in the text — character ranges [start, end) in
/// UTF-16 units of the document text (title + "\n\n" + body), the rule or model that produced it, and confidences.
/// </summary>
public static class DetailedJson
{
    public static JsonObject ToJson(Document document)
    {
        var mentions = new JsonArray();
        foreach (var m in document.Mentions)
            mentions.Add(new JsonObject { ["text"] = document.Slice(m.Range), ["type"] = m.Type.ToString(), ["range"] = Range(m.Range), ["source"] = m.Source });
        var entities = new JsonArray();
        foreach (var e in document.Entities)
            entities.Add(new JsonObject
            {
                ["name"] = e.Name, ["type"] = e.Type.ToString(), ["country"] = e.Country, ["sector"] = e.Sector, ["kb_id"] = e.EntryId,
                ["mentions"] = new JsonArray(e.MentionIndices.Select(i => (JsonNode?)Range(document.Mentions[i].Range)).ToArray()),
            });
        var events = new JsonArray();
        foreach (var e in document.Events)
            events.Add(new JsonObject
            {
                ["type"] = e.Type, ["mode"] = e.Mode,
                ["actor"] = Participants(document, e.Actors), ["recipient"] = Participants(document, e.Recipients),
                ["location"] = e.Location is { } l ? new JsonObject { ["name"] = l.Name, ["country"] = l.Country, ["kb_id"] = l.EntryId, ["range"] = Range(l.Range) } : null,
                ["date"] = e.Date,
                ["size"] = new JsonObject { ["dead"] = e.Size.Dead, ["injured"] = e.Size.Injured, ["arrested"] = e.Size.Arrested },
                ["historical"] = e.Historical, ["hypothetical"] = e.Hypothetical, ["negated"] = e.Negated,
                ["confidence"] = e.Confidence,
                ["acled_event_type"] = e.AcledType, ["acled_sub_event_type"] = e.AcledSubType,
                ["trigger"] = new JsonObject { ["text"] = document.Slice(e.Trigger), ["range"] = Range(e.Trigger) },
                ["evidence"] = new JsonObject { ["text"] = document.Slice(e.Evidence), ["range"] = Range(e.Evidence) },
                ["source"] = e.Source,
            });
        var quotes = new JsonArray();
        foreach (var q in document.Quotes)
            quotes.Add(new JsonObject
            {
                ["speaker"] = q.Speaker, ["speaker_mention"] = q.SpeakerRange is { } r ? document.Slice(r) : null, ["speaker_range"] = Range(q.SpeakerRange),
                ["text"] = document.Slice(q.Content), ["range"] = Range(q.Content), ["direct"] = q.Direct, ["cue"] = Range(q.Cue), ["source"] = q.Source,
            });
        return new JsonObject
        {
            ["id"] = document.Id,
            ["published"] = document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["text_length"] = document.Text.Length,
            ["sentences"] = document.Sentences.Count,
            ["tokens"] = document.Tokens.Count,
            ["mentions"] = mentions,
            ["entities"] = entities,
            ["events"] = events,
            ["quotes"] = quotes,
        };
    }

    private static JsonArray Participants(Document document, IReadOnlyList<EventParticipant> participants)
    {
        var list = new JsonArray();
        foreach (var p in participants)
            list.Add(new JsonObject
            {
                ["name"] = p.Name, ["country"] = p.Country, ["sector"] = p.Sector, ["kb_id"] = p.EntryId,
                ["text"] = p.Range is { } r ? document.Slice(r) : null, ["range"] = Range(p.Range),
            });
        return list;
    }

    private static JsonArray? Range(TextRange? range) => range is { } r ? new JsonArray(r.Start, r.End) : null;
}
