namespace Hadath.Store.Ingest;

/// <summary>Counts of an ingest so far (or at its end).</summary>
/// <param name="Read">Articles read from the input.</param>
/// <param name="Added">Stored for the first time.</param>
/// <param name="Replaced">Stored before under another engine version; records replaced.</param>
/// <param name="Unchanged">Already stored under this version (or read twice): skipped without analysis.</param>
/// <param name="Failed">Read or analysis errors (each reported through the error callback).</param>
/// <param name="BytesDone">Input bytes read so far; with <paramref name="BytesTotal"/> gives the fraction done.</param>
public sealed record IngestProgress(long Read, long Added, long Replaced, long Unchanged, long Failed, long BytesDone, long BytesTotal, TimeSpan Elapsed)
{
    /// <summary>Articles finished (stored or skipped) per second.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? (Added + Replaced + Unchanged) / Elapsed.TotalSeconds : 0;

    /// <summary>0..1 by bytes of input.</summary>
    public double Fraction => BytesTotal > 0 ? Math.Clamp((double)BytesDone / BytesTotal, 0, 1) : 0;
}
