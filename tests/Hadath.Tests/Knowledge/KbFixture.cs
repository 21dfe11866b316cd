using Hadath.Knowledge;

namespace Hadath.Tests.Knowledge;

/// <summary>The committed knowledge base (kb/compiled/kb.bin.gz), loaded once for all knowledge tests.</summary>
public static class KbFixture
{
    private static readonly Lazy<KnowledgeBase> Lazy = new(() => KnowledgeBase.Load(
        KnowledgeBase.DefaultPath() ?? throw new FileNotFoundException("kb/compiled/kb.bin.gz not found above the test directory")));

    public static KnowledgeBase Kb => Lazy.Value;

    /// <summary>The repository root (the folder holding kb/actors.tsv).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "kb", "actors.tsv"))) return dir.FullName;
            throw new DirectoryNotFoundException("no kb/actors.tsv above " + AppContext.BaseDirectory);
        }
    }
}
