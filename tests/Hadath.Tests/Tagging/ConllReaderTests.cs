using Hadath.Tagging;

namespace Hadath.Tests.Tagging;

public class ConllReaderTests
{
    [Fact]
    public void SplitsSentencesOnBlankLines()
    {
        var sentences = ConllReader.Read(new StringReader("زار O\nبيروت B-LOC\n\n\nقال O\n"), "mem.txt", minColumns: 2);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["زار", "بيروت"], sentences[0].Tokens);
        Assert.Equal("B-LOC", sentences[0].Columns[1][0]);
        Assert.Equal(5, sentences[1].FirstLine);
    }

    [Fact]
    public void MissingTagColumnNamesFileAndLine()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            ConllReader.Read(new StringReader("زار O\nبيروت\n"), "corpus.txt", minColumns: 2));
        Assert.StartsWith("corpus.txt:2:", error.Message);
    }

    [Fact]
    public void UnknownEntityTypeNamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hadath-ner-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, "زار O\nبيروت B-CITY\n");
            var error = Assert.Throws<InvalidDataException>(() => NerCorpora.ReadFlat(path));
            Assert.StartsWith($"{path}:2:", error.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ConlluWithTooFewFieldsNamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hadath-ud-{Guid.NewGuid():N}.conllu");
        try
        {
            File.WriteAllText(path, "# sent_id = 1\n1\tقال\t_\tVERB\t_\t_\t0\troot\t_\t_\n2\tذلك\tPRON\n");
            var error = Assert.Throws<InvalidDataException>(() => ConlluReader.Read(path));
            Assert.StartsWith($"{path}:3:", error.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void WojoodKeepsOutermostMappedSpan()
    {
        // "secretary of the national committee in Nablus": the outer span is an occupation (unmapped), so the
        // inner organisation and place survive; "$#$" paragraph markers are dropped.
        var path = Path.Combine(Path.GetTempPath(), $"hadath-wojood-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, "سكرتير B-OCC\nاللجنة I-OCC B-ORG\nالقومية I-OCC I-ORG\nفي I-OCC\nنابلس I-OCC B-GPE\n$#$ O\n");
            var (tokens, tags) = NerCorpora.ReadWojood(path).Single();
            Assert.Equal(5, tokens.Length);
            Assert.Equal(["O", "B-ORG", "I-ORG", "O", "B-LOC"], tags);
        }
        finally { File.Delete(path); }
    }
}
