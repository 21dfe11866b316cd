using Hadath.Text;

namespace Hadath.Events;

/// <summary>Speech verbs, complementizers and attribution phrases (table <c>Events/Data/speech-verbs.tsv</c>).</summary>
internal static class SpeechLexicon
{
    public static PhraseLexicon<string> Default { get; } = Load();

    private static PhraseLexicon<string> Load()
    {
        const string file = "speech-verbs.tsv";
        var lexicon = new PhraseLexicon<string>();
        foreach (var row in EmbeddedData.ReadTsv(file))
        {
            if (row[1] is not ("say" or "declare" or "continue" or "relay" or "complementizer" or "source"))
                throw EmbeddedData.BadRow(file, row, $"'{row[1]}' is not say, declare, continue, relay, complementizer or source");
            lexicon.Add(row[0], row[1]);
        }
        return lexicon;
    }

    /// <summary>Opening quotation marks and the closing mark each expects.</summary>
    public static char? ClosingQuote(char opening) => opening switch
    {
        '\u201C' => '\u201D', // “ ”
        '\u00AB' => '\u00BB', // « »
        '\u201E' => '\u201D', // „ ”
        '"' => '"',
        _ => null,
    };
}
