using Hadath.Text;

namespace Hadath.Pipeline;

/// <summary>
/// One step of analysis. A stage reads the layers it <see cref="Requires"/> and adds the layers it
/// <see cref="Provides"/>; it never changes <see cref="Document.Text"/> or a layer another stage set.
/// </summary>
public interface IStage
{
    /// <summary>Stable name, copied into the provenance of what the stage adds.</summary>
    string Name { get; }

    /// <summary>Layers that must be present before <see cref="Process"/> runs.</summary>
    Layers Requires { get; }

    /// <summary>Layers present after <see cref="Process"/> has run.</summary>
    Layers Provides { get; }

    /// <summary>Adds this stage's layers to <paramref name="document"/>.</summary>
    void Process(Document document, CancellationToken cancellationToken = default);
}
