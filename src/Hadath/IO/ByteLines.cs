namespace Hadath.IO;

/// <summary>
/// Splits a stream into lines of bytes ('\n'-terminated; a trailing '\r' dropped), with each line's 1-based number
/// and byte offset, so a reader can decode line by line and report an encoding error at its exact place without
/// giving up the rest of the file. Streams: memory stays at one line, whatever the file's size.
/// </summary>
internal sealed class ByteLines(Stream stream)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;   // first unread byte in _buffer
    private int _end;     // one past the last valid byte
    private long _bufferOffset; // file offset of _buffer[0]
    private bool _eof;

    /// <summary>1-based number of the line last returned by <see cref="Next"/>.</summary>
    public int Number { get; private set; }

    /// <summary>Byte offset, in the stream, of the line last returned.</summary>
    public long Offset { get; private set; }

    /// <summary>Byte offset just past everything read so far.</summary>
    public long Position => _bufferOffset + _start;

    /// <summary>The next line without its terminator (valid until the next call), or false at the end.</summary>
    public bool Next(out ReadOnlySpan<byte> line)
    {
        var scanFrom = _start;
        while (true)
        {
            var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var stop = scanFrom + newline;
                line = Emit(_start, stop);
                _start = stop + 1;
                return true;
            }
            if (_eof)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }
                line = Emit(_start, _end);
                _start = _end;
                return true;
            }
            scanFrom = Fill();
        }
    }

    private ReadOnlySpan<byte> Emit(int from, int stop)
    {
        Number++;
        Offset = _bufferOffset + from;
        var length = stop - from;
        if (length > 0 && _buffer[from + length - 1] == (byte)'\r') length--;
        return _buffer.AsSpan(from, length);
    }

    // Moves the unread tail to the front (growing the buffer for a long line) and reads more; returns where the
    // scan for '\n' resumes (bytes already scanned have none).
    private int Fill()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _bufferOffset += _start;
            _start = 0;
            _end = pending;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
        return pending;
    }
}
