using Hadath.Text;

namespace Hadath.Tagging;

/// <summary>
/// Splits Arabic tokens into clitic words and tags each with a UPOS, trained on UD Arabic-PADT (v1.2 dev) by
/// `hadath train ud`. Two perceptron models: a segmenter choosing one <see cref="CliticSegmentation"/> per
/// token among those that fit its spelling, then a word-level tagger. Thread-safe.
/// </summary>
/// <example><code>
/// var ud = UdAnalyzer.LoadDefault();
/// var words = ud.Analyze(["وقال", "رئيسها"]); // و/CONJ قال/VERB رئيس/NOUN ها/PRON
/// </code></example>
public sealed class UdAnalyzer
{
    internal const string Kind = "ud";

    [ThreadStatic] private static FeatureBuffer? t_buffer;

    private readonly PerceptronModel _segmenter;
    private readonly PerceptronModel _tagger;
    private readonly CliticSegmentation[] _segmentations;
    private readonly UdFeatures _features;

    internal UdAnalyzer(PerceptronModel segmenter, PerceptronModel tagger, UdFeatures features, string description)
    {
        _segmenter = segmenter;
        _tagger = tagger;
        _features = features;
        _segmentations = segmenter.Labels.Select(CliticSegmentation.Parse).ToArray();
        Description = description;
    }

    /// <summary>Training data, settings and scores recorded when the model was built.</summary>
    public string Description { get; }

    public static UdAnalyzer LoadDefault() => Load(ModelPaths.Find("ud.bin"), ModelPaths.Find("clusters.bin"));

    public static UdAnalyzer Load(string modelPath, string clustersPath)
    {
        var clusters = WordClusters.Load(clustersPath);
        var sections = ModelFile.Read(modelPath, Kind);
        using var meta = ModelFile.Open(sections, "meta", modelPath);
        var description = meta.ReadString();
        if (meta.ReadUInt64() != clusters.Fingerprint)
            throw new InvalidDataException($"{modelPath} was trained with other word clusters than {clustersPath}; retrain it with `hadath train ud`.");
        using var s = ModelFile.Open(sections, "segmenter", modelPath);
        using var t = ModelFile.Open(sections, "tagger", modelPath);
        return new UdAnalyzer(PerceptronModel.Read(s, modelPath), PerceptronModel.Read(t, modelPath), new UdFeatures(clusters), description);
    }

    internal void Save(string path) => ModelFile.Write(path, Kind,
    [
        ("meta", ModelFile.Section(w => { w.Write(Description); w.Write(_features.Clusters.Fingerprint); })),
        ("segmenter", ModelFile.Section(_segmenter.Write)),
        ("tagger", ModelFile.Section(_tagger.Write)),
    ]);

    /// <summary>Words of one sentence's tokens, in order, each pointing back to its token.</summary>
    public IReadOnlyList<AnalyzedWord> Analyze(IReadOnlyList<string> tokens)
    {
        var split = Segment(tokens);
        var forms = new List<string>();
        var roles = new List<WordRole>();
        var owners = new List<int>();
        var tokenKeys = new List<string>();
        for (var t = 0; t < split.Length; t++)
        {
            var key = TokenForms.Key(tokens[t]);
            foreach (var (form, role) in split[t])
            {
                forms.Add(form);
                roles.Add(role);
                owners.Add(t);
                tokenKeys.Add(key);
            }
        }
        var tags = TagWords(forms, roles, tokenKeys);
        return forms.Select((f, i) => new AnalyzedWord(f, tags[i], owners[i], roles[i])).ToArray();
    }

    /// <summary>Words and roles of each token under the segmenter's choice.</summary>
    internal (string Form, WordRole Role)[][] Segment(IReadOnlyList<string> tokens)
    {
        var surfaces = tokens.Select(UdFeatures.Surface).ToArray();
        var candidates = surfaces.Select(Candidates).ToArray();
        var buffer = t_buffer ??= new FeatureBuffer();
        _features.ExtractTokens(surfaces, candidates, buffer);
        var labels = new int[tokens.Count];
        _segmenter.Decode(buffer, labels);
        var result = new (string, WordRole)[tokens.Count][];
        for (var t = 0; t < tokens.Count; t++)
        {
            var segmentation = _segmentations[labels[t]];
            var words = segmentation.Split(surfaces[t]) ?? [surfaces[t]];
            result[t] = Roles(words, segmentation);
        }
        return result;
    }

    /// <summary>Labels whose segmentation fits <paramref name="surface"/>; the whole-token label always does.</summary>
    internal int[] Candidates(string surface)
    {
        var list = new List<int>();
        for (var i = 0; i < _segmentations.Length; i++)
            if (_segmentations[i] == CliticSegmentation.Whole || _segmentations[i].Split(surface) is not null) list.Add(i);
        return [.. list];
    }

    internal static (string, WordRole)[] Roles(string[] words, CliticSegmentation segmentation)
    {
        var result = new (string, WordRole)[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var role = i < segmentation.Proclitics.Length ? WordRole.Proclitic
                : segmentation.Enclitic.Length > 0 && i == words.Length - 1 ? WordRole.Enclitic
                : WordRole.Stem;
            result[i] = (words[i], role);
        }
        return result;
    }

    internal string[] TagWords(IReadOnlyList<string> forms, IReadOnlyList<WordRole> roles, IReadOnlyList<string> tokenKeys)
    {
        if (forms.Count == 0) return [];
        var buffer = t_buffer ??= new FeatureBuffer();
        _features.ExtractWords(forms, roles, tokenKeys, buffer);
        var ids = new int[forms.Count];
        _tagger.Decode(buffer, ids);
        return ids.Select(i => _tagger.Labels[i]).ToArray();
    }
}
