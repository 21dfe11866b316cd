namespace Hadath.Tagging;

/// <summary>
/// Builds second-stage inputs for a run of sentences: each sentence sees the first-stage types of the
/// sentences within <see cref="Window"/> before and after it (its document, for news articles; a moving
/// window over corpus files, which have no article boundaries).
/// </summary>
internal static class NerContext
{
    /// <summary>Sentences either side that share memory; news articles are shorter, so they share all.</summary>
    public const int Window = 30;

    /// <summary>
    /// Second-stage feature buffers for <paramref name="first"/> (first-stage buffers), given every token's
    /// memory key and first-stage type. Sentence j's memory holds sentences j-Window..j+Window except j.
    /// Without <paramref name="includeFirstKeys"/> the buffers hold only the added context features
    /// (<see cref="StagedWeights"/> scores the first-stage keys it has already looked up).
    /// </summary>
    public static FeatureBuffer[] Build(IReadOnlyList<FeatureBuffer> first, IReadOnlyList<string?[]> memoryKeys,
        IReadOnlyList<int[]> types, FeatureBuffer[]? reuse = null, bool includeFirstKeys = true)
    {
        var m = first.Count;
        var output = reuse is not null && reuse.Length >= m ? reuse : new FeatureBuffer[m];
        var memory = new DocumentMemory();
        var added = 0; // sentences [0, added) have been added
        for (var j = 0; j < m; j++)
        {
            while (added < m && added <= j + Window) { memory.Update(memoryKeys[added], types[added], 1); added++; }
            if (j - Window - 1 >= 0) memory.Update(memoryKeys[j - Window - 1], types[j - Window - 1], -1);
            memory.Update(memoryKeys[j], types[j], -1);
            output[j] ??= new FeatureBuffer();
            NerFeatures.AddContext(first[j], memoryKeys[j], types[j], memory, output[j], includeFirstKeys);
            memory.Update(memoryKeys[j], types[j], 1);
        }
        return output;
    }
}
