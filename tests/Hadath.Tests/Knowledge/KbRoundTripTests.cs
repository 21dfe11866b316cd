using Hadath.Knowledge;
using Hadath.Knowledge.Build;
using Hadath.Tagging;

namespace Hadath.Tests.Knowledge;

public class KbRoundTripTests
{
    [Fact]
    public void CompiledKnowledgeBaseReadsBackEqual()
    {
        // Curated files only (no ../shared/data): small, and exercises every field the curated files have.
        var kb = new KbBuilder(null, Path.Combine(KbFixture.RepositoryRoot, "kb")).Build();
        Assert.True(kb.Entries.Count > 300);
        using var stream = new MemoryStream();
        KbSerializer.Write(kb, stream);
        stream.Position = 0;
        var back = KbSerializer.Read(stream);
        Assert.Equal(kb.Entries.Count, back.Entries.Count);
        for (var i = 0; i < kb.Entries.Count; i++)
        {
            KbEntry a = kb.Entries[i], b = back.Entries[i];
            Assert.Equal((a.Id, a.Qid, a.Type, a.NameEn, a.Country, a.Sector, a.Origin), (b.Id, b.Qid, b.Type, b.NameEn, b.Country, b.Sector, b.Origin));
            Assert.Equal(a.NamesAr, b.NamesAr);
            Assert.Equal(a.AliasesEn, b.AliasesEn);
            Assert.Equal(a.Roles, b.Roles);
            Assert.Equal(a.Place?.GeoNameId, b.Place?.GeoNameId);
            Assert.Equal(a.Place?.Latitude ?? 0, b.Place?.Latitude ?? 0, 4);
        }
        Assert.Equal(kb.Titles, back.Titles);
        Assert.Equal(kb.Demonyms, back.Demonyms);
    }

    [Fact]
    public void TheCommittedArtifactHasEverySource()
    {
        var origins = KbFixture.Kb.Entries.GroupBy(e => e.Origin).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(origins["geonames"] > 15_000);
        Assert.True(origins["province"] > 4_000);
        Assert.Equal(250, origins["country"]);
        Assert.True(origins["curated"] > 300);
        Assert.True(origins["cameo"] > 1_000);
        Assert.True(origins["countryinfo"] > 1_000);
        Assert.True(KbFixture.Kb.Transliterations.Count > 10_000);
        // The dictionary's Assad joined the curated entry instead of duplicating it.
        Assert.Single(KbFixture.Kb.Lookup("بشار الأسد"), h => KbFixture.Kb.Entries[h.Entry].Type == EntityType.PER);
    }

    [Fact]
    public void ACorruptFileIsReportedWithItsPath()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // gzip of nothing
            var e = Assert.Throws<InvalidDataException>(() => KnowledgeBase.Load(path));
            Assert.Contains(path, e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void CuratedErrorsNameFileAndLine()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            foreach (var f in Directory.GetFiles(Path.Combine(KbFixture.RepositoryRoot, "kb"), "*.tsv"))
                File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            File.AppendAllText(Path.Combine(dir, "roles.tsv"), "hd:no-such-person\tpresident\tSYR\tGOV\t2020\t\t\n");
            var e = Assert.Throws<FormatException>(() => new KbBuilder(null, dir).Build());
            Assert.Matches(@"roles\.tsv:\d+: no entry 'hd:no-such-person'", e.Message);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
