namespace Hadath.Knowledge;

/// <summary>One Arabic or Latin name of an entry, as written in its source, with how it may be used.</summary>
public readonly record struct KbName(string Text, NameUse Use = NameUse.Full);
