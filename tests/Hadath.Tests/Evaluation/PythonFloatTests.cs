using Hadath.Evaluation;

namespace Hadath.Tests.Evaluation;

public class PythonFloatTests
{
    // Expected values from Python 3.11: format(x, '.3f') and round(x, 4). Exact binary halves round to even, which
    // .NET's "F3" does not do (it would give 0.063 for 0.0625).
    [Theory]
    [InlineData(0.0625, "0.062")]
    [InlineData(0.1875, "0.188")]
    [InlineData(0.5625, "0.562")]
    [InlineData(0.6667, "0.667")]
    [InlineData(1.0, "1.000")]
    [InlineData(0.0, "0.000")]
    [InlineData(0.0005, "0.001")]   // 0.0005 is stored slightly above the half
    public void FormatFixed_matches_python(double x, string expected) => Assert.Equal(expected, PythonFloat.FormatFixed(x, 3));

    [Theory]
    [InlineData(0.03125, 0.0312)]
    [InlineData(2.0 / 3, 0.6667)]
    [InlineData(0.12345, 0.1235)]  // stored above the half
    [InlineData(0.45675, 0.4567)]  // stored below the half
    [InlineData(0.00015, 0.0001)]  // stored below the half
    public void Round_matches_python(double x, double expected) => Assert.Equal(expected, PythonFloat.Round(x, 4));

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.6667, "0.6667")]
    [InlineData(0.0001, "0.0001")]
    public void Repr_matches_python(double x, string expected) => Assert.Equal(expected, PythonFloat.Repr(x));
}
