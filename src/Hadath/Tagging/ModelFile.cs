using System.Text;

namespace Hadath.Tagging;

/// <summary>
/// Container format of every model file under models/: the magic "HDTM", a format version, a kind
/// ("ner", "ud", "clusters") and named binary sections, each length-prefixed. Readers check magic, version
/// and kind first so a wrong or stale file fails with a message saying which file and what to do.
/// </summary>
internal static class ModelFile
{
    private const uint Magic = 0x4D544448; // "HDTM" little-endian
    /// <summary>Bumped whenever a section's layout changes; old files are then rejected, not misread.</summary>
    public const int FormatVersion = 1;

    public static void Write(string path, string kind, IReadOnlyList<(string Name, byte[] Data)> sections)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(kind);
        writer.Write(sections.Count);
        foreach (var (name, data) in sections)
        {
            writer.Write(name);
            writer.Write(data.Length);
            writer.Write(data);
        }
    }

    public static Dictionary<string, byte[]> Read(string path, string kind)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (reader.ReadUInt32() != Magic)
                throw new InvalidDataException($"{path}: not a Hadath model file (bad magic at byte 0).");
            var version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new InvalidDataException($"{path}: model format version {version}, this build reads {FormatVersion}; rebuild it with `hadath train`.");
            var actual = reader.ReadString();
            if (actual != kind)
                throw new InvalidDataException($"{path}: holds a '{actual}' model where a '{kind}' model was expected.");
            var count = reader.ReadInt32();
            var sections = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var name = reader.ReadString();
                var length = reader.ReadInt32();
                var data = reader.ReadBytes(length);
                if (data.Length != length)
                    throw new InvalidDataException($"{path}: section '{name}' is truncated at byte {stream.Position}; rebuild it with `hadath train`.");
                sections[name] = data;
            }
            return sections;
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: file ends early at byte {stream.Position}; rebuild it with `hadath train`.");
        }
    }

    /// <summary>Serialises with a BinaryWriter into a section body.</summary>
    public static byte[] Section(Action<BinaryWriter> write)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true)) write(writer);
        return memory.ToArray();
    }

    /// <summary>A reader over a section body.</summary>
    public static BinaryReader Open(Dictionary<string, byte[]> sections, string name, string path) =>
        sections.TryGetValue(name, out var data)
            ? new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8)
            : throw new InvalidDataException($"{path}: section '{name}' is missing; rebuild it with `hadath train`.");
}
