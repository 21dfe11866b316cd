using System.Text.RegularExpressions;
using Hadath.Text;

namespace Hadath.Tests.Events;

/// <summary>Turns a test sentence into normalised words the way the event layer sees them (clitics left attached).</summary>
internal static partial class EventTestText
{
    public static List<string> Words(string sentence) =>
        WordPattern().Matches(ArabicNormalizer.NormalizeKey(sentence)).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{Mn}]+|[0-9][0-9.,]*|/")]
    private static partial Regex WordPattern();
}
