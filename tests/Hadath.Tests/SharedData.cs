namespace Hadath.Tests;

/// <summary>Finds the repository root and the read-only ../shared data folder beside it.</summary>
internal static class SharedData
{
    /// <summary>The directory holding Hadath.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hadath.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Hadath.slnx above {AppContext.BaseDirectory}.");
    }

    /// <summary>The path of <paramref name="relative"/> under ../shared/data, or null when that data is not present.</summary>
    public static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
