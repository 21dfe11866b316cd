using System.Globalization;
using Hadath.Store.Search;

namespace Hadath.Cli.Commands;

/// <summary>
/// Options shared by ingest, worker, search and export: <c>--db FILE|postgres://...</c> (default: $HADATH_DB, else
/// hadath.db in the current folder) and the event filters. Everything not an option is left in
/// <see cref="Positional"/>.
/// </summary>
internal sealed class StoreArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    /// <param name="valueOptions">Options that take a value (besides --db and the filters).</param>
    /// <param name="flagOptions">Options without a value.</param>
    public StoreArguments(string[] args, IEnumerable<string> valueOptions, IEnumerable<string> flagOptions)
    {
        var takesValue = new HashSet<string>(["--db", "--type", "--actor", "--place", "--country", "--from", "--to", .. valueOptions], StringComparer.Ordinal);
        var flags = new HashSet<string>(flagOptions, StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var eq = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=') : -1;
            var name = eq > 0 ? arg[..eq] : arg;
            if (takesValue.Contains(name))
            {
                if (eq > 0) _values[name] = arg[(eq + 1)..];
                else if (i + 1 < args.Length) _values[name] = args[++i];
                else throw new UsageException($"{name} needs a value.");
            }
            else if (flags.Contains(arg)) _flags.Add(arg);
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2) throw new UsageException($"unknown option '{arg}'.");
            else Positional.Add(arg);
        }
    }

    public List<string> Positional { get; } = [];

    public string Db => Value("--db") ?? Environment.GetEnvironmentVariable("HADATH_DB") ?? "hadath.db";

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public bool Flag(string name) => _flags.Contains(name);

    public int Int(string name, int fallback, int min = 1)
    {
        if (Value(name) is not { } text) return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min)
            throw new UsageException($"{name} {text}: expected a whole number of at least {min}.");
        return n;
    }

    /// <summary>The event filter from --type/--actor/--place/--country/--from/--to and the positional query words.</summary>
    public EventFilter Filter() => new()
    {
        Text = Positional.Count > 0 ? string.Join(' ', Positional) : null,
        Types = Value("--type")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
        Actor = Value("--actor"),
        Place = Value("--place"),
        Country = Value("--country"),
        From = Date("--from"),
        To = Date("--to"),
    };

    private DateOnly? Date(string name)
    {
        if (Value(name) is not { } text) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new UsageException($"{name} {text}: expected a date as YYYY-MM-DD.");
    }
}
