using Hadath.Tagging;

namespace Hadath.Cli.Commands;

/// <summary>Loads the NER tagger named by --model/--clusters, or the default one (<see cref="ModelPaths"/>).</summary>
internal static class NerModels
{
    public static NamedEntityTagger Load(CommandArgs options) =>
        options.Get("--model") is null && options.Get("--clusters") is null
            ? NamedEntityTagger.LoadDefault()
            : NamedEntityTagger.Load(options.Get("--model") ?? ModelPaths.Find("ner.bin"), options.Get("--clusters") ?? ModelPaths.Find("clusters.bin"));

    public static UdAnalyzer LoadUd(CommandArgs options) =>
        options.Get("--model") is null && options.Get("--clusters") is null
            ? UdAnalyzer.LoadDefault()
            : UdAnalyzer.Load(options.Get("--model") ?? ModelPaths.Find("ud.bin"), options.Get("--clusters") ?? ModelPaths.Find("clusters.bin"));
}
