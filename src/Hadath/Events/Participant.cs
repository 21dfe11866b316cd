namespace Hadath.Events;

/// <summary>
/// Someone or somewhere a sentence names or describes, found before roles are assigned: tokens
/// <c>[First, End)</c> of a <see cref="SentenceView"/>.
/// </summary>
/// <param name="IsPlace">A named place: candidate location (and, for a country, a candidate actor).</param>
/// <param name="IsCountry">A place that is a whole country, which can also act ("تدخلت إسرائيل").</param>
/// <param name="Type">The entity type of a named participant; null for a described one.</param>
/// <param name="SpeakerOnly">A description that can speak but not act ("المحللون" analysts, "مصادر" sources).</param>
/// <param name="Noun">For a described participant, the English noun phrase of its description ("field sources"), without the country.</param>
/// <param name="Title">For a named person, the English title written right before the name ("prosecutor" in "المدعي العام فرنسوا مولينز"), or null.</param>
/// <param name="Governed">The preposition in front of it (normalised), or null: "في باريس" is a place, "على دمشق" a target.</param>
internal sealed record Participant(int First, int End, EventParticipant Actor, EventLocation? Place, bool IsPlace, bool IsCountry, string? Governed, bool SpeakerOnly = false, Hadath.Tagging.EntityType? Type = null, string? Noun = null, string? Title = null);
