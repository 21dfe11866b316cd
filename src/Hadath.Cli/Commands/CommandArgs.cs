namespace Hadath.Cli.Commands;

/// <summary>
/// Minimal parser for "positional --name value --flag" arguments shared by the tagging commands.
/// Unknown options are errors so a typo never silently runs with defaults.
/// </summary>
internal sealed class CommandArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    /// <summary>Parses <paramref name="args"/>; options named in <paramref name="flags"/> take no value.</summary>
    public static CommandArgs Parse(string[] args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string>? flags = null)
    {
        var result = new CommandArgs();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (!a.StartsWith("--", StringComparison.Ordinal)) { result.Positional.Add(a); continue; }
            if (flags?.Contains(a) == true) { result._options[a] = null; continue; }
            if (!valued.Contains(a))
                throw new ArgumentException($"unknown option {a} (known: {string.Join(" ", valued.Concat(flags ?? []))})");
            if (i + 1 >= args.Length) throw new ArgumentException($"option {a} needs a value");
            result._options[a] = args[++i];
        }
        return result;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public string Get(string name, string fallback) => _options.GetValueOrDefault(name) ?? fallback;

    public int GetInt(string name, int fallback) =>
        _options.GetValueOrDefault(name) is { } v
            ? int.TryParse(v, out var n) ? n : throw new ArgumentException($"option {name} needs an integer, got '{v}'")
            : fallback;
}
