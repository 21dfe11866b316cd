using System.Globalization;
using Hadath.Events;
using Hadath.Tagging;
using Hadath.Text;

namespace Hadath.Output;

/// <summary>Turns an analysed <see cref="Document"/> into the GOLD_FORMAT.md record that `--format eval` prints and the scorer reads.</summary>
public static class ArticleExport
{
    /// <summary>Types the article schema knows; DATE, NUMBER and MISC mentions are not entities of an article.</summary>
    private const int MaxAliases = 5;

    private static readonly HashSet<EntityType> ArticleEntityTypes = [EntityType.PER, EntityType.ORG, EntityType.LOC, EntityType.GRP];

    public static ArticleRecord ToRecord(Document document, ArticleRecord? source = null)
    {
        var entities = document.Entities
            .Where(e => ArticleEntityTypes.Contains(e.Type))
            .Select(e => new EntityRecord
            {
                Name = e.Name,
                // A few English aliases help a reader; GeoNames holds dozens of transliterations per big city.
                Aliases = [.. e.Aliases.Take(MaxAliases)],
                Type = e.Type.ToString(),
                Country = e.Country,
                Mentions = e.MentionIndices.Select(i => document.Slice(document.Mentions[i].Range)).Distinct().ToList(),
            })
            .ToList();
        var quotes = document.Quotes.Select(q => new QuoteJson
        {
            Speaker = q.Speaker,
            SpeakerMention = q.SpeakerRange is { } r ? document.Slice(r) : null,
            Text = document.Slice(q.Content),
        }).ToList();
        return new ArticleRecord
        {
            Id = document.Id,
            Source = source?.Source,
            Url = source?.Url,
            Published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Title = source?.Title,
            Text = source?.Text,
            Entities = entities,
            Events = document.Events.Select(e => ToJson(document, e)).ToList(),
            Quotes = quotes,
        };
    }

    public static EventJson ToJson(Document document, EventRecord e) => new()
    {
        Type = e.Type,
        Mode = e.Mode,
        Actor = e.Actors.Select(ToJson).ToList(),
        Recipient = e.Recipients.Select(ToJson).ToList(),
        Location = e.Location is { } l ? new LocationJson { Name = l.Name, Country = l.Country } : null,
        Date = e.Date,
        Size = new SizeJson { Dead = e.Size.Dead, Injured = e.Size.Injured, Arrested = e.Size.Arrested },
        Historical = e.Historical,
        Hypothetical = e.Hypothetical,
        Negated = e.Negated,
        Evidence = document.Slice(e.Evidence),
    };

    private static ActorJson ToJson(EventParticipant p) => new() { Name = p.Name, Country = p.Country, Sector = p.Sector };
}
