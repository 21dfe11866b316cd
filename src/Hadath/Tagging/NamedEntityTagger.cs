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

    private readonly NerFeatures _features;
    private readonly StagedWeights _weights;

    /// <param name="first">First-stage model over sentence features.</param>
    /// <param name="second">Second-stage model that also sees document memory (<see cref="NerContext"/>), or null.</param>
    internal NamedEntityTagger(PerceptronModel first, PerceptronModel? second, NerFeatures features, string description)
        : this(new StagedWeights(first, second), features, description)
    {
    }

    private NamedEntityTagger(StagedWeights weights, NerFeatures features, string description)
    {
        _weights = weights;
        _features = features;
        Description = description;
    }

    /// <summary>Training data, settings and scores recorded when the model was built.</summary>
    public string Description { get; }

    /// <summary>Margin subtracted from O scores in the last stage (see StagedWeights).</summary>
    internal float OutsideBias { get => _weights.OutsideBias; set => _weights.OutsideBias = value; }

    /// <summary>Weight rows in the model (features with a non-zero weight).</summary>
    public int FeatureCount => _weights.FeatureCount;

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
        using var weightsReader = ModelFile.Open(sections, "weights", modelPath);
        var weights = StagedWeights.Read(weightsReader, modelPath);
        var lexicon = CorpusLexicon.Empty;
        if (sections.ContainsKey("lexicon"))
        {
            using var lexiconReader = ModelFile.Open(sections, "lexicon", modelPath);
            lexicon = CorpusLexicon.Read(lexiconReader);
        }
        return new NamedEntityTagger(weights, new NerFeatures(clusters, gazetteer, lexicon), description);
    }

    /// <summary>Writes the tagger (not its clusters, which live in their own file).</summary>
    internal void Save(string path)
    {
        ModelFile.Write(path, Kind,
        [
            ("meta", ModelFile.Section(w => { w.Write(Description); w.Write(_features.Clusters.Fingerprint); })),
            ("gazetteer", ModelFile.Section(_features.Gazetteer.Write)),
            ("lexicon", ModelFile.Section(_features.Lexicon.Write)),
            ("weights", ModelFile.Section(_weights.Write)),
        ]);
    }

    /// <summary>IOB2 tags, one per token of <paramref name="tokens"/> (one sentence, tokens as written).</summary>
    /// <remarks>Tag a whole article with <see cref="TagDocument"/> instead: names then share evidence across sentences.</remarks>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Count == 0 ? [] : TagDocument([tokens])[0];
    }

    /// <summary>
    /// IOB2 tags for every sentence of a document, in order. The second stage lets a name tagged in one
    /// sentence inform its other mentions within <see cref="NerContext.Window"/> sentences.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var m = sentences.Count;
        var buffers = Pool(ref t_first, m);
        var memoryKeys = new string?[m][];
        var labels = new int[m][];
        var types = new int[m][];
        var L = _weights.Labels.Count;
        var codes = LabelCodes;
        var offsets = new int[m + 1];
        for (var j = 0; j < m; j++) offsets[j + 1] = offsets[j] + sentences[j].Count * L;
        // Scratch reused across calls on this thread: rows are needed only while scoring their sentence.
        var emission = Scratch(ref t_emission, 64 * L);
        var secondBase = _weights.HasSecond ? Scratch(ref t_secondBase, offsets[m]) : [];
        for (var j = 0; j < m; j++)
        {
            memoryKeys[j] = _features.Extract(sentences[j], buffers[j]);
            var n = sentences[j].Count;
            labels[j] = new int[n];
            var rows = Scratch(ref t_rows, buffers[j].KeyCount).AsSpan(0, buffers[j].KeyCount);
            _weights.Rows(buffers[j], rows);
            emission = Scratch(ref t_emission, n * L);
            _weights.ScoreFirst(buffers[j], rows, emission.AsSpan(0, n * L), _weights.HasSecond ? secondBase.AsSpan(offsets[j], n * L) : default);
            if (n > 0) ViterbiDecoder.Decode(emission.AsSpan(0, n * L), _weights.FirstTransitions, L, buffers[j].Candidates, labels[j]);
            var typesOf = types[j] = new int[n];
            for (var i = 0; i < n; i++) typesOf[i] = codes[labels[j][i]];
        }
        if (_weights.HasSecond)
        {
            var context = NerContext.Build(buffers.AsSpan(0, m).ToArray(), memoryKeys, types, Pool(ref t_second, m), includeFirstKeys: false);
            for (var j = 0; j < m; j++)
            {
                var n = labels[j].Length;
                if (n == 0) continue;
                _weights.ScoreSecond(secondBase.AsSpan(offsets[j], n * L), context[j], emission.AsSpan(0, n * L));
                ViterbiDecoder.Decode(emission.AsSpan(0, n * L), _weights.SecondTransitions!, L, buffers[j].Candidates, labels[j]);
            }
        }
        var result = new IReadOnlyList<string>[m];
        for (var j = 0; j < m; j++)
            result[j] = Repair(labels[j].Select(l => _weights.Labels[l]).ToArray());
        return result;
    }

    // Scratch arrays reused across calls on a thread; contents are overwritten before they are read.
    [ThreadStatic] private static int[]? t_rows;
    [ThreadStatic] private static float[]? t_emission;
    [ThreadStatic] private static float[]? t_secondBase;

    private static T[] Scratch<T>(ref T[]? scratch, int length)
    {
        if (scratch is null || scratch.Length < length) scratch = new T[Math.Max(length, (scratch?.Length ?? 0) * 2)];
        return scratch;
    }

    /// <summary>Document-memory code (<see cref="DocumentMemory.Code"/>) of each label id.</summary>
    private int[] LabelCodes => _labelCodes ??= _weights.Labels.Select(DocumentMemory.Code).ToArray();

    private int[]? _labelCodes;

    // Feature buffers reused across calls on a thread, so tagging allocates little per token.
    [ThreadStatic] private static FeatureBuffer[]? t_first;
    [ThreadStatic] private static FeatureBuffer[]? t_second;

    private static FeatureBuffer[] Pool(ref FeatureBuffer[]? pool, int count)
    {
        if (pool is null || pool.Length < count)
        {
            var grown = new FeatureBuffer[Math.Max(count, (pool?.Length ?? 0) * 2)];
            pool?.CopyTo(grown, 0);
            for (var i = 0; i < grown.Length; i++) grown[i] ??= new FeatureBuffer();
            pool = grown;
        }
        return pool;
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
