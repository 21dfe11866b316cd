namespace Hadath.Tagging;

/// <summary>
/// Named-entity tagger for Arabic tokens: IOB2 tags with types PER, ORG, LOC, MISC. A structured averaged
/// perceptron over <see cref="NerFeatures"/>, trained by `hadath train ner` (models/MODEL_CARD.md).
/// Thread-safe: the model is read-only and scratch buffers are per thread.
/// </summary>
/// <example><code>
/// var tagger = NamedEntityTagger.LoadDefault();
/// var tags = tagger.Tag(["زار", "الرئيس", "ماكرون", "بيروت"]); // O O B-PER B-LOC
/// </code></example>
public sealed class NamedEntityTagger
{
    internal const string Kind = "ner";

    [ThreadStatic] private static FeatureBuffer? t_buffer;

    private readonly PerceptronModel _model;
    private readonly NerFeatures _features;

    internal NamedEntityTagger(PerceptronModel model, NerFeatures features, string description)
    {
        _model = model;
        _features = features;
        Description = description;
    }

    /// <summary>Training data, settings and scores recorded when the model was built.</summary>
    public string Description { get; }

    /// <summary>Weight rows in the model (features with a non-zero weight).</summary>
    public int FeatureCount => _model.FeatureCount;

    /// <summary>Loads models/ner.bin with models/clusters.bin from <see cref="ModelPaths"/>.</summary>
    public static NamedEntityTagger LoadDefault() => Load(ModelPaths.Find("ner.bin"), ModelPaths.Find("clusters.bin"));

    /// <summary>Loads a tagger and the clusters it was trained with; fails if the clusters differ from those.</summary>
    public static NamedEntityTagger Load(string modelPath, string clustersPath) => Load(modelPath, WordClusters.Load(clustersPath), clustersPath);

    internal static NamedEntityTagger Load(string modelPath, WordClusters clusters, string clustersSource)
    {
        var sections = ModelFile.Read(modelPath, Kind);
        using var meta = ModelFile.Open(sections, "meta", modelPath);
        var description = meta.ReadString();
        var fingerprint = meta.ReadUInt64();
        if (fingerprint != clusters.Fingerprint)
            throw new InvalidDataException($"{modelPath} was trained with other word clusters than {clustersSource}; retrain it with `hadath train ner`.");
        using var gazetteerReader = ModelFile.Open(sections, "gazetteer", modelPath);
        var gazetteer = Gazetteer.Read(gazetteerReader);
        using var modelReader = ModelFile.Open(sections, "model", modelPath);
        var model = PerceptronModel.Read(modelReader, modelPath);
        return new NamedEntityTagger(model, new NerFeatures(clusters, gazetteer), description);
    }

    /// <summary>Writes the tagger (not its clusters, which live in their own file).</summary>
    internal void Save(string path) => ModelFile.Write(path, Kind,
    [
        ("meta", ModelFile.Section(w => { w.Write(Description); w.Write(_features.Clusters.Fingerprint); })),
        ("gazetteer", ModelFile.Section(_features.Gazetteer.Write)),
        ("model", ModelFile.Section(_model.Write)),
    ]);

    /// <summary>IOB2 tags, one per token of <paramref name="tokens"/> (one sentence, tokens as written).</summary>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0) return [];
        var buffer = t_buffer ??= new FeatureBuffer();
        _features.Extract(tokens, buffer);
        var ids = tokens.Count <= 512 ? stackalloc int[tokens.Count] : new int[tokens.Count];
        _model.Decode(buffer, ids);
        var tags = new string[tokens.Count];
        for (var i = 0; i < tags.Length; i++) tags[i] = _model.Labels[ids[i]];
        return Repair(tags);
    }

    /// <summary>Makes the sequence well-formed IOB2: an I- tag not continuing its type becomes B-.</summary>
    internal static string[] Repair(string[] tags)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i].Length < 2 || tags[i][0] != 'I') continue;
            var previous = i > 0 ? tags[i - 1] : "O";
            if (previous == "O" || previous.AsSpan(2).SequenceEqual(tags[i].AsSpan(2)) is false)
                tags[i] = "B-" + tags[i][2..];
        }
        return tags;
    }
}
