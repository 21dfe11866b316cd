using System.IO.Compression;
using Hadath.Tagging;

namespace Hadath.Knowledge;

/// <summary>
/// The compiled knowledge-base format: gzip over a little-endian stream of "HDKB", a version, a string table
/// (every distinct string once, 7-bit length-prefixed UTF-8) and then entries, titles, demonyms,
/// transliterations and common words whose strings are 7-bit encoded indices into that table. Coordinates are stored as float
/// (about 1 m at the equator), dates as yyyymmdd integers (0 for open).
/// </summary>
public static class KbSerializer
{
    private const int Version = 3;
    private static ReadOnlySpan<byte> Magic => "HDKB"u8;

    /// <summary>Writes <paramref name="kb"/> to <paramref name="output"/>, gzip'd at the smallest size.</summary>
    public static void Write(KnowledgeBase kb, Stream output)
    {
        var strings = new StringTable();
        // First pass interns every string so the table can be written before the records that point into it.
        var body = new MemoryStream();
        using (var w = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write7BitEncodedInt(kb.Entries.Count);
            foreach (var e in kb.Entries) WriteEntry(w, strings, e);
            WriteMap(w, strings, kb.Titles);
            WriteMap(w, strings, kb.Demonyms);
            WriteMap(w, strings, kb.Transliterations);
            var common = kb.CommonWordFrequency.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            w.Write7BitEncodedInt(common.Count);
            foreach (var (word, perMillion) in common)
            {
                w.Write7BitEncodedInt(strings.Id(word));
                w.Write7BitEncodedInt(perMillion);
            }
        }
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, System.Text.Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write7BitEncodedInt(strings.Items.Count);
        foreach (var s in strings.Items) writer.Write(s);
        writer.Write(body.GetBuffer(), 0, (int)body.Length);
    }

    /// <summary>Reads a knowledge base written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">Not this format or another version.</exception>
    public static KnowledgeBase Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(gzip, 1 << 16), System.Text.Encoding.UTF8);
        if (!r.ReadBytes(4).AsSpan().SequenceEqual(Magic)) throw new InvalidDataException("missing HDKB header");
        var version = r.ReadInt32();
        if (version != Version) throw new InvalidDataException($"format version {version}, this build reads {Version}");
        var table = new string[r.Read7BitEncodedInt()];
        for (var i = 0; i < table.Length; i++) table[i] = r.ReadString();
        var entries = new KbEntry[r.Read7BitEncodedInt()];
        for (var i = 0; i < entries.Length; i++) entries[i] = ReadEntry(r, table);
        var titles = ReadMap(r, table);
        var demonyms = ReadMap(r, table);
        var translit = ReadMap(r, table);
        var common = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = r.Read7BitEncodedInt(); n > 0; n--) common[Str(r, table)!] = r.Read7BitEncodedInt();
        return new KnowledgeBase(entries, titles, demonyms, translit, common);
    }

    private static void WriteEntry(BinaryWriter w, StringTable s, KbEntry e)
    {
        w.Write7BitEncodedInt(s.Id(e.Id));
        w.Write7BitEncodedInt(s.Id(e.Qid));
        w.Write((byte)e.Type);
        w.Write7BitEncodedInt(s.Id(e.NameEn));
        w.Write7BitEncodedInt(s.Id(e.Country));
        w.Write7BitEncodedInt(s.Id(e.Sector));
        w.Write7BitEncodedInt(s.Id(e.Origin));
        WriteNames(w, s, e.AliasesEn);
        WriteNames(w, s, e.NamesAr);
        w.Write7BitEncodedInt(e.Roles.Count);
        foreach (var role in e.Roles)
        {
            w.Write7BitEncodedInt(s.Id(role.Role));
            w.Write7BitEncodedInt(s.Id(role.Country));
            w.Write7BitEncodedInt(s.Id(role.Sector));
            w.Write7BitEncodedInt(DateToInt(role.From));
            w.Write7BitEncodedInt(DateToInt(role.To));
        }
        w.Write(e.Place is not null);
        if (e.Place is { } p)
        {
            w.Write7BitEncodedInt(p.GeoNameId);
            w.Write((float)p.Latitude);
            w.Write((float)p.Longitude);
            w.Write((byte)p.FeatureClass);
            w.Write7BitEncodedInt(s.Id(p.FeatureCode));
            w.Write7BitEncodedInt(s.Id(p.Admin1));
            w.Write7BitEncodedInt64(p.Population);
        }
    }

    private static KbEntry ReadEntry(BinaryReader r, string[] t)
    {
        var id = Str(r, t)!;
        var qid = Str(r, t);
        var type = (EntityType)r.ReadByte();
        var name = Str(r, t)!;
        var country = Str(r, t);
        var sector = Str(r, t);
        var origin = Str(r, t)!;
        var aliases = ReadNames(r, t);
        var arabic = ReadNames(r, t);
        var roles = new KbRole[r.Read7BitEncodedInt()];
        for (var i = 0; i < roles.Length; i++)
            roles[i] = new KbRole(Str(r, t), Str(r, t), Str(r, t), IntToDate(r.Read7BitEncodedInt()), IntToDate(r.Read7BitEncodedInt()));
        KbPlace? place = null;
        if (r.ReadBoolean())
            place = new KbPlace(r.Read7BitEncodedInt(), r.ReadSingle(), r.ReadSingle(), (char)r.ReadByte(), Str(r, t)!, Str(r, t),
                r.Read7BitEncodedInt64());
        return new KbEntry
        {
            Id = id, Qid = qid, Type = type, NameEn = name, Country = country, Sector = sector, Origin = origin,
            AliasesEn = aliases, NamesAr = arabic, Roles = roles, Place = place,
        };
    }

    private static void WriteNames(BinaryWriter w, StringTable s, IReadOnlyList<KbName> names)
    {
        w.Write7BitEncodedInt(names.Count);
        foreach (var n in names)
        {
            w.Write7BitEncodedInt(s.Id(n.Text));
            w.Write((byte)n.Use);
        }
    }

    private static KbName[] ReadNames(BinaryReader r, string[] t)
    {
        var names = new KbName[r.Read7BitEncodedInt()];
        for (var i = 0; i < names.Length; i++) names[i] = new KbName(Str(r, t)!, (NameUse)r.ReadByte());
        return names;
    }

    private static void WriteMap(BinaryWriter w, StringTable s, IReadOnlyDictionary<string, string> map)
    {
        w.Write7BitEncodedInt(map.Count);
        foreach (var (k, v) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write7BitEncodedInt(s.Id(k));
            w.Write7BitEncodedInt(s.Id(v));
        }
    }

    private static Dictionary<string, string> ReadMap(BinaryReader r, string[] t)
    {
        var n = r.Read7BitEncodedInt();
        var map = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++) map[Str(r, t)!] = Str(r, t)!;
        return map;
    }

    // Index 0 is reserved for null, so string i is stored as i + 1.
    private static string? Str(BinaryReader r, string[] t)
    {
        var i = r.Read7BitEncodedInt();
        return i == 0 ? null : t[i - 1];
    }

    private static int DateToInt(DateOnly? d) => d is { } x ? x.Year * 10000 + x.Month * 100 + x.Day : 0;

    private static DateOnly? IntToDate(int v) => v == 0 ? null : new DateOnly(v / 10000, v / 100 % 100, v % 100);

    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        public List<string> Items { get; } = [];

        public int Id(string? s)
        {
            if (s is null) return 0;
            if (!_ids.TryGetValue(s, out var id))
            {
                Items.Add(s);
                _ids[s] = id = Items.Count;
            }
            return id;
        }
    }
}
