namespace Hadath.Tagging;

/// <summary>
/// Where model files are found: first <c>models/</c> of the repository containing the current directory (found
/// by its Hadath.slnx), so a checkout always uses the models it just trained; then <c>models/</c> next to the
/// running assembly (the CLI copies the repository's models/ there at build time, for installed tools); then
/// the repository above the assembly.
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
    public static string? RepositoryRoot() => RootAbove(Directory.GetCurrentDirectory()) ?? RootAbove(AppContext.BaseDirectory);

    private static string? RootAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hadath.slnx"))) return dir.FullName;
        return null;
    }

    private static IEnumerable<string> Candidates()
    {
        if (RootAbove(Directory.GetCurrentDirectory()) is { } checkout) yield return Path.Combine(checkout, "models");
        yield return Path.Combine(AppContext.BaseDirectory, "models");
        if (RootAbove(AppContext.BaseDirectory) is { } root) yield return Path.Combine(root, "models");
    }
}
