using Hadath.Knowledge;
using Hadath.Pipeline;
using Hadath.Text;

namespace Hadath.Events;

/// <summary>
/// First event layer: lexicon triggers (<see cref="TriggerLexicon"/>) with rule-assigned arguments
/// (<see cref="RoleAssigner"/>), dates (<see cref="DateResolver"/>), counts (<see cref="CasualtyCounter"/>) and
/// modality (<see cref="ModalityCues"/>). Precision first: a trigger with no actor, recipient or place is dropped,
/// because a record nobody can place or attribute only pollutes counts.
/// </summary>
public sealed class EventExtractionStage : IStage
{
    /// <summary>Events below this confidence are not reported.</summary>
    public double MinimumConfidence { get; init; } = 0.45;

    /// <summary>The learned sentence check applied to triggers of the types it covers; null turns it off.</summary>
    public EventFilter? Filter { get; init; } = EventFilter.Default;

    public string Name => "events.lexicon-v1";
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Mentions | Layers.Links;
    public Layers Provides => Layers.Events;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var entityOfMention = new Dictionary<int, LinkedEntity>();
        foreach (var entity in document.Entities)
            foreach (var m in entity.MentionIndices)
                entityOfMention[m] = entity;

        var setting = MainCountry(document);
        var events = new List<EventRecord>();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var view = SentenceView.Of(document, sentence);
            var triggers = TriggerLexicon.Default.FindAll(view.Keys);
            if (triggers.Count == 0) continue;
            Dictionary<string, HashSet<string>>? features = null;
            var participants = ParticipantFinder.Find(document, view, entityOfMention);
            var times = document.Published is { } published ? DateResolver.FindAll(view.Keys, published) : [];
            for (var t = 0; t < triggers.Count; t++)
            {
                if (IsObjectOfStance(view, triggers, t)) continue;
                var clauseEnd = ClauseEnd(view, triggers, t);
                if (Build(document, view, participants, times, triggers[t], clauseEnd, setting, out var otherPlaces) is not { } record
                    || record.Confidence < MinimumConfidence)
                    continue;
                // Words like هجوم and ثورة are as often figurative or background as reports; the sentence as a whole decides.
                if (Filter is not null && !Filter.Accepts(record.Type, FeaturesOf(view, triggers, record.Type, ref features))) continue;
                events.Add(record);
                // "قصفت أهدافا في صعدة والجوف وحجة": strikes on several towns are several events, one per place.
                foreach (var place in otherPlaces)
                    events.Add(record with { Location = place.Place, Evidence = view.Span(view.FirstTokenOverlapping(record.Evidence), place.End) });
            }
        }
        document.SetEvents(EventMerger.Merge(events));
    }

    private EventRecord? Build(Document document, SentenceView view, List<Participant> participants, List<TimeExpression> times,
        PhraseLexicon<TriggerSense>.Match trigger, int clauseEnd, string? setting, out List<Participant> otherPlaces)
    {
        otherPlaces = [];
        var sense = Reinterpret(view, trigger);
        var start = trigger.Start;
        var end = trigger.Start + trigger.Length;
        var roles = RoleAssigner.Assign(view, participants, start, end, clauseEnd);
        if (sense.PatientFirst) roles = PatientsAfter(roles, end);
        roles = VictimsAreRecipients(roles, sense.Type);
        var sector = sense.Type is "ASSAULT" or "MOBILIZE" or "THREATEN" ? "MIL" : "GOV";

        var location = roles.Place?.Place;
        var actors = roles.Actors.Select(p => WithSector(p.Actor, sector)).ToList();
        if (roles.CountryActorToken is { } c && ActorDescriptions.CountryOfDemonym(view.Keys[c]) is { } iso3)
            actors.Add(new EventParticipant(iso3, iso3, sector, view.Ranges[c]));
        var recipients = roles.Recipients.Select(p => WithSector(p.Actor, sector)).ToList();
        // Unnamed state actors ("القوات الحكومية", "الجيش") belong to the country where the event happens.
        if ((location?.Country ?? setting) is { } here)
        {
            actors = actors.Select(a => OfCountry(a, here)).ToList();
            recipients = recipients.Select(a => OfCountry(a, here)).ToList();
        }
        if (actors.Count == 0 && recipients.Count == 0 && location is null) return null;
        otherPlaces = roles.OtherPlaces ?? [];

        var time = times.OrderBy(t => t.FirstWord >= end ? t.FirstWord - end : (start - t.FirstWord) * 2).FirstOrDefault();
        var date = time?.Date ?? document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (hypothetical, negated) = ModalityCues.Of(view.Keys, start, end, 0);
        var size = sense.Type is "ASSAULT" or "COERCE" ? CasualtyCounter.Count(view.Keys, 0, view.Count) : EventSize.None;

        var covered = new List<int> { start, end - 1 };
        foreach (var p in roles.Actors.Concat(roles.Recipients)) covered.AddRange([p.First, p.End - 1]);
        if (roles.Place is { } place) covered.AddRange([place.First, place.End - 1]);
        if (roles.CountryActorToken is { } ct) covered.Add(ct);
        var evidence = view.Span(covered.Min(), covered.Max() + 1);

        var filled = (actors.Count > 0 ? 1 : 0) + (recipients.Count > 0 ? 1 : 0) + (location is null ? 0 : 1);
        return new EventRecord
        {
            Type = sense.Type,
            Mode = sense.Mode,
            Actors = actors,
            Recipients = recipients,
            Location = location,
            Date = date,
            Size = size,
            Historical = time is not null && IsHistorical(time, document.Published),
            Hypothetical = hypothetical,
            Negated = negated,
            Confidence = Math.Round(sense.Weight * (0.6 + 0.4 * filled / 3.0), 3),
            Evidence = evidence,
            Trigger = view.Span(start, end),
            Source = Name,
            AcledType = sense.Type == "ASSAULT" ? AcledTypes.TypeOf(sense.Mode) : null,
            AcledSubType = sense.Type == "ASSAULT" ? AcledTypes.SubTypeOf(sense.Mode) : null,
        };
    }

    /// <summary>The filter's features for the triggers of <paramref name="type"/> in the sentence, computed once per type.</summary>
    private static HashSet<string> FeaturesOf(SentenceView view, List<PhraseLexicon<TriggerSense>.Match> triggers, string type,
        ref Dictionary<string, HashSet<string>>? cache)
    {
        cache ??= new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (!cache.TryGetValue(type, out var features))
            cache[type] = features = EventFilterFeatures.Of(view.Keys, triggers.Where(m => m.Value.Type == type).Select(m => (m.Start, m.Length)));
        return features;
    }

    /// <summary>Most words between a stance verb and the event noun it takes as object ("رفضت فيها روسيا وإيران وقف إطلاق النار").</summary>
    private const int StanceObjectGap = 4;

    /// <summary>
    /// An event noun right after a rejection, request or warning is what is rejected, asked for or feared, not something
    /// that happened: "دعت أنقرة إلى هدنة" (Ankara called for a truce), "حذرت الشرطة من اشتباكات" (police warned of clashes).
    /// </summary>
    private static bool IsObjectOfStance(SentenceView view, List<PhraseLexicon<TriggerSense>.Match> triggers, int t)
    {
        if (t == 0) return false;
        var previous = triggers[t - 1];
        if (previous.Value.Type is not ("REJECT" or "REQUEST" or "THREATEN")) return false;
        // Words only: commas around an inserted "خلال الأيام الماضية" do not separate the verb from its object.
        var words = 0;
        for (var i = previous.Start + previous.Length; i < triggers[t].Start; i++)
            if (view.Keys[i].Length > 0 && char.IsLetter(view.Keys[i][0])) words++;
        if (words <= StanceObjectGap) return true;
        // Further on, only an event noun the verb governs by preposition: "طالب ... روسيا بالتعاون" (asked Russia to cooperate).
        var key = view.Keys[triggers[t].Start];
        return words <= StanceObjectReach && (key.StartsWith("\u0628\u0627\u0644", StringComparison.Ordinal)
            || FunctionWords.ClassOf(view.Keys[triggers[t].Start - 1]) is "with" or "place");
    }

    /// <summary>Most words between a stance verb and an event noun it governs by preposition.</summary>
    private const int StanceObjectReach = 10;

    /// <summary>The next trigger or speech verb after trigger <paramref name="t"/> ends its clause.</summary>
    private static int ClauseEnd(SentenceView view, List<PhraseLexicon<TriggerSense>.Match> triggers, int t)
    {
        var end = t + 1 < triggers.Count ? triggers[t + 1].Start : view.Count;
        for (var i = triggers[t].Start + triggers[t].Length; i < end; i++)
            if (FunctionWords.ClassOf(view.Keys[i]) is "speech") return i;
        return end;
    }

    /// <summary>
    /// Civilians, journalists, monitors and civil-society groups do not carry out attacks: in "16 مدنيا قتلوا في الغارة" they are the victims,
    /// and a monitoring group reporting a strike is neither side.
    /// </summary>
    private static RoleAssigner.Roles VictimsAreRecipients(RoleAssigner.Roles roles, string type)
    {
        if (type == "PROTEST") return StateIsProtestedAgainst(roles);
        if (type is not ("ASSAULT" or "COERCE")) return roles;
        var victims = roles.Actors.Where(p => p.Actor.Sector is "CVL" or "REF" or "JRN").ToList();
        var monitors = roles.Actors.Where(p => p.Actor.Sector is "NGO" or "MED" or "HRI" or "SOC").ToList();
        if (victims.Count == 0 && monitors.Count == 0) return roles;
        var actors = roles.Actors.Except(victims).Except(monitors).ToList();
        var recipients = roles.Recipients.Concat(victims).ToList();
        return roles with { Actors = actors, Recipients = recipients };
    }

    /// <summary>"مقتل قائد", "قتلى من الميليشيات": an unmarked participant after a killing noun is its victim.</summary>
    private static RoleAssigner.Roles PatientsAfter(RoleAssigner.Roles roles, int triggerEnd)
    {
        var patients = roles.Actors.Where(p => p.First >= triggerEnd && p.Governed is not "agent" && !(p.IsPlace && !p.IsCountry)).ToList();
        if (patients.Count == 0) return roles;
        return roles with { Actors = roles.Actors.Except(patients).ToList(), Recipients = patients.Concat(roles.Recipients).ToList() };
    }

    /// <summary>
    /// Governments, armies and police are what protests address, not who protests: in "احتجاجات دفعت السلطات" the
    /// authorities are the object.
    /// </summary>
    private static RoleAssigner.Roles StateIsProtestedAgainst(RoleAssigner.Roles roles)
    {
        var state = roles.Actors.Where(p => p.Actor.Sector is "GOV" or "MIL" or "COP").ToList();
        if (state.Count == 0) return roles;
        return roles with { Actors = roles.Actors.Except(state).ToList(), Recipients = roles.Recipients.Concat(state).ToList() };
    }

    /// <summary>
    /// Machine translation renders English "strikes" as إضرابات (labour strikes); followed by a nationality or "جوية"
    /// it means air strikes.
    /// </summary>
    private static TriggerSense Reinterpret(SentenceView view, PhraseLexicon<TriggerSense>.Match trigger)
    {
        var sense = trigger.Value;
        var next = trigger.Start + trigger.Length;
        if (sense is { Type: "PROTEST", Mode: "strike" } && next < view.Count && ActorDescriptions.CountryOfDemonym(view.Keys[next]) is not null)
            return new TriggerSense("ASSAULT", "aerial", 0.7);
        return sense;
    }

    /// <summary>
    /// The country an article is set in: the one its places name most often (a country, or the country of a town),
    /// when it is named at least twice as often as any other. Unplaced events take it for their unnamed participants.
    /// </summary>
    internal static string? MainCountry(Document document)
    {
        var counts = document.Entities.Where(e => e.Type == Tagging.EntityType.LOC && e.Country is not null)
            .GroupBy(e => e.Country!).Select(g => (Country: g.Key, Count: g.Sum(e => e.MentionIndices.Count)))
            .OrderByDescending(c => c.Count).ToList();
        if (counts.Count == 0) return null;
        return counts.Count == 1 || counts[0].Count >= 2 * counts[1].Count ? counts[0].Country : null;
    }

    /// <summary>
    /// An unnamed participant without a nationality ("المحتجين", "القوات الحكومية", "مدنيين") belongs to the country
    /// where the event happens: foreigners are marked as such ("القوات الإسرائيلية").
    /// </summary>
    private static EventParticipant OfCountry(EventParticipant p, string country) =>
        p.Country is null && p.EntryId is null && p.Sector is not null ? p with { Country = country, Name = $"{p.Name} ({country})" } : p;

    private static EventParticipant WithSector(EventParticipant p, string sector) => p.Sector is null ? p with { Sector = sector } : p;

    /// <summary>Background: dated well before publication (a year earlier, or three months for finer dates).</summary>
    private static bool IsHistorical(TimeExpression time, DateOnly? published)
    {
        if (published is not { } p) return false;
        var year = int.Parse(time.Date[..4], System.Globalization.CultureInfo.InvariantCulture);
        if (time.Precision == DatePrecision.Year) return year < p.Year;
        var month = int.Parse(time.Date[5..7], System.Globalization.CultureInfo.InvariantCulture);
        return (p.Year - year) * 12 + p.Month - month >= 3;
    }
}
