using Hadath.Text;

namespace Hadath.Tagging;

/// <summary>
/// Reads CoNLL-U word lines (ID FORM LEMMA UPOS XPOS FEATS ...), strips harakat and tatweel from FORM (PADT
/// is fully vowelled; news is not) and rebuilds surface tokens with <see cref="PadtTokens"/>. Multiword-token
/// range lines and empty nodes are skipped (v1.2 PADT has none). Errors name the file and line.
/// </summary>
public static class ConlluReader
{
    public static List<UdSentence> Read(string path)
    {
        var sentences = new List<UdSentence>();
        var words = new List<(UdWord Word, string Features)>();
        var id = "";
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id", StringComparison.Ordinal)) id = line.Split('=', 2) is [_, var v] ? v.Trim() : line[9..].Trim();
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != 10)
                throw new InvalidDataException($"{path}:{number}: expected 10 tab-separated CoNLL-U fields, found {fields.Length}.");
            if (fields[0].Contains('-') || fields[0].Contains('.')) continue;
            var form = ArabicNormalizer.NormalizeKey(fields[1], NormalizationRules.Harakat | NormalizationRules.Tatweel);
            if (form.Length == 0) form = fields[1];
            words.Add((new UdWord(form, fields[3], number, fields[4].StartsWith('U')), fields[5]));
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count == 0) return;
            sentences.Add(new UdSentence(id.Length > 0 ? id : $"{Path.GetFileName(path)}:{words[0].Word.Line}", PadtTokens.Rebuild(words)));
            words.Clear();
            id = "";
        }
    }
}
