using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Hadath.IO;

/// <summary>
/// Turns a file's bytes into text, strictly: UTF-8 unless a byte-order mark or a declared charset says otherwise,
/// and invalid UTF-8 is an error naming the byte and line rather than a silent U+FFFD, so an analyst can fix the
/// file instead of searching text that was never there.
/// </summary>
internal static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // windows-1256, iso-8859-6

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Length in bytes of a UTF-8 byte-order mark at the start of <paramref name="bytes"/>, or 0.</summary>
    public static int Utf8BomLength(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Utf8Bom) ? 3 : 0;

    /// <summary>
    /// Decodes a whole file. <paramref name="declaredCharset"/> is the charset the content itself declares
    /// (HTML meta, XML prolog), used only when it is not UTF-8. Returns null and sets <paramref name="error"/> on failure.
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string path, string? declaredCharset, out ReadError? error)
    {
        error = null;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        var bom = Utf8BomLength(bytes);
        if (bom == 0 && declaredCharset is { } name && !IsUtf8Name(name))
        {
            // Pages often declare a legacy charset and serve UTF-8; bytes that are valid UTF-8 almost never are
            // anything else, so they win over the declaration.
            if (DecodeUtf8(bytes, out _) is { } utf8) return utf8;
            try
            {
                return Encoding.GetEncoding(name.Trim()).GetString(bytes);
            }
            catch (ArgumentException)
            {
                error = new ReadError(path, null, null, $"declares charset '{name}', which this build cannot decode; convert the file to UTF-8.");
                return null;
            }
        }
        var text = DecodeUtf8(bytes[bom..], out var badAt);
        if (text is not null) return text;
        var offset = bom + badAt;
        error = new ReadError(path, LineOf(bytes, offset), offset,
            $"not valid UTF-8 (byte 0x{bytes[offset]:X2}); save the file as UTF-8{(declaredCharset is null ? " or declare its charset" : "")}.");
        return null;
    }

    /// <summary>Strict UTF-8 decoding; null with the offset of the first invalid byte when the bytes are not UTF-8.</summary>
    public static string? DecodeUtf8(ReadOnlySpan<byte> bytes, out int invalidAt)
    {
        invalidAt = -1;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == OperationStatus.Done) return new string(buffer, 0, written);
            invalidAt = read;
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>1-based line of byte <paramref name="offset"/> (count of '\n' before it, plus one).</summary>
    public static int LineOf(ReadOnlySpan<byte> bytes, long offset) => bytes[..(int)Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;

    private static bool IsUtf8Name(string name) =>
        name.Trim().Replace("-", "", StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
