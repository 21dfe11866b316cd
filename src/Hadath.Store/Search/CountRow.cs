namespace Hadath.Store.Search;

/// <summary>One line of an aggregation: the key (a day, actor, place...), distinct events and mentions.</summary>
public sealed record CountRow(string Key, long Events, long Mentions);
