using System.Globalization;
using System.Numerics;

namespace Hadath.Evaluation;

/// <summary>
/// Python's float rounding and printing, reproduced exactly: <c>round(x, n)</c> and <c>f"{x:.nf}"</c> round the
/// exact binary value half-to-even (0.0625 prints as "0.062"; .NET's "F3" would print "0.063"), and
/// <c>repr(x)</c> is the shortest round-trip form with ".0" on integers.
/// </summary>
internal static class PythonFloat
{
    /// <summary>Python's <c>round(x, digits)</c> for finite <paramref name="x"/>.</summary>
    public static double Round(double x, int digits)
    {
        var (q, negative) = ScaledHalfEven(x, digits);
        // q and 10^digits are exact doubles, and IEEE division rounds correctly: the nearest double to q / 10^digits,
        // which is what Python's strtod of the rounded decimal string gives.
        var result = (double)q / (double)BigInteger.Pow(10, digits);
        return negative ? -result : result;
    }

    /// <summary>Python's <c>f"{x:.{digits}f}"</c> for finite <paramref name="x"/>.</summary>
    public static string FormatFixed(double x, int digits)
    {
        var (q, negative) = ScaledHalfEven(x, digits);
        var s = q.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var body = digits == 0 ? s : s[..^digits] + "." + s[^digits..];
        return negative ? "-" + body : body;
    }

    /// <summary>Python's <c>repr(x)</c> for values printed by the scorer (0 or between 1e-4 and 1e16, where Python
    /// uses positional notation): the shortest round-trip digits, with ".0" when integral.</summary>
    public static string Repr(double x)
    {
        var s = x.ToString("R", CultureInfo.InvariantCulture);
        if (s.Contains('E')) throw new ArgumentOutOfRangeException(nameof(x), x, "Exponent notation is not reproduced.");
        return s.Contains('.') ? s : s + ".0";
    }

    // |x| * 10^digits rounded half-to-even, computed on the exact binary value with big integers.
    private static (BigInteger Q, bool Negative) ScaledHalfEven(double x, int digits)
    {
        if (!double.IsFinite(x)) throw new ArgumentOutOfRangeException(nameof(x), x, "Only finite values are rounded.");
        var bits = BitConverter.DoubleToInt64Bits(x);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; // subnormal
        else mantissa |= 1L << 52;
        exponent -= 1075; // |x| = mantissa * 2^exponent
        var scaled = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        if (exponent >= 0) return (scaled << exponent, negative);
        var denominator = BigInteger.One << -exponent;
        var q = BigInteger.DivRem(scaled, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !q.IsEven)) q += 1;
        return (q, negative);
    }
}
