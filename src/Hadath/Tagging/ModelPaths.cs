namespace Hadath.Tagging;

/// <summary>
/// Where model files are found: <c>models/</c> next to the running assembly (the CLI and web projects copy
/// the repository's models/ there at build time), else <c>models/</c> in the repository that contains the
/// current directory or the assembly (found by its Hadath.slnx), so tests and `dotnet run` work from a checkout.
/// </summary>
public static class ModelPaths
{
    /// <summary>Full path of <paramref name="fileName"/> (e.g. "ner.bin") in the first models folder holding it.</summary>
    /// <exception cref="FileNotFoundException">No models folder has it; the message lists where it looked.</exception>
    public static string Find(string fileName)
    {
        var tried = new List<string>();
        foreach (var folder in Candidates())
        {
            var path = Path.Combine(folder, fileName);
            if (File.Exists(path)) return path;
            tried.Add(path);
        }
        throw new FileNotFoundException(
            $"Model '{fileName}' not found; looked in: {string.Join(", ", tried)}. Build it with `hadath train`, or copy models/ next to the program.",
            fileName);
    }

    /// <summary>The repository root (folder holding Hadath.slnx) above the current directory or the assembly, or null.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Hadath.slnx"))) return dir.FullName;
        }
        return null;
    }

    private static IEnumerable<string> Candidates()
    {
        yield return Path.Combine(AppContext.BaseDirectory, "models");
        if (RepositoryRoot() is { } root) yield return Path.Combine(root, "models");
    }
}
