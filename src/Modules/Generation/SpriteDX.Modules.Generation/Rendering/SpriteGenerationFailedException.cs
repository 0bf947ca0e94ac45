namespace SpriteDX.Modules.Generation.Rendering;

/// <summary>
/// A generator could not draw this sprite for a reason the person should read (the model refused the prompt,
/// did not answer in time, ...). The render job shows <see cref="Exception.Message"/> as the generation's error,
/// so it must be written for the person and never carry a secret; anything else a generator throws is shown as a
/// generic failure.
/// </summary>
internal sealed class SpriteGenerationFailedException : Exception
{
    public SpriteGenerationFailedException(string reason)
        : base(reason)
    {
    }

    public SpriteGenerationFailedException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
