using System.Text;
using Hadath.Text;

namespace Hadath.Output;

/// <summary>`--format text`: a readable summary for a person — events with who, where, when and evidence, then quotes.</summary>
public static class TextSummary
{
    public static string Format(Document document)
    {
        var s = new StringBuilder();
        s.Append("== ").Append(document.Id);
        if (document.Published is { } p) s.Append(" (published ").Append(p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(')');
        s.AppendLine();
        s.Append(document.Events.Count).Append(" events, ").Append(document.Entities.Count).Append(" entities, ")
            .Append(document.Quotes.Count).AppendLine(" quotes");
        foreach (var e in document.Events)
        {
            var flags = string.Join(",", new[] { e.Historical ? "historical" : null, e.Hypothetical ? "hypothetical" : null, e.Negated ? "negated" : null }.Where(f => f is not null));
            s.Append("- ").Append(e.Type);
            if (e.Mode is not null) s.Append('/').Append(e.Mode);
            if (flags.Length > 0) s.Append(" [").Append(flags).Append(']');
            s.Append("  confidence ").Append(e.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).AppendLine();
            s.Append("    who:   ").AppendLine(Names(e.Actors));
            s.Append("    whom:  ").AppendLine(Names(e.Recipients));
            s.Append("    where: ").AppendLine(e.Location is { } l ? $"{l.Name} ({l.Country ?? "?"})" : "-");
            s.Append("    when:  ").AppendLine(e.Date ?? "-");
            if (e.Size.Dead is not null || e.Size.Injured is not null || e.Size.Arrested is not null)
                s.Append("    size:  dead ").Append(e.Size.Dead?.ToString() ?? "-").Append(", injured ").Append(e.Size.Injured?.ToString() ?? "-")
                    .Append(", arrested ").AppendLine(e.Size.Arrested?.ToString() ?? "-");
            s.Append("    text:  ").Append(document.Slice(e.Evidence)).Append("  ").AppendLine(e.Evidence.ToString());
        }
        foreach (var q in document.Quotes)
            s.Append("- QUOTE ").Append(q.Speaker).Append(": ").Append(document.Slice(q.Content)).Append("  ").AppendLine(q.Content.ToString());
        return s.ToString();
    }

    private static string Names(IReadOnlyList<Events.EventParticipant> participants) =>
        participants.Count == 0 ? "-" : string.Join("; ", participants.Select(p => $"{p.Name} ({p.Country ?? "?"}/{p.Sector ?? "?"})"));
}
