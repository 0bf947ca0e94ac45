namespace SpriteDX.UnitTests.Generation;

/// <summary>Records reports synchronously, unlike <see cref="Progress{T}"/>, which posts them later.</summary>
internal sealed class RecordingProgress(Action<int>? onReport = null) : IProgress<int>
{
    public List<int> Reports { get; } = [];

    public void Report(int value)
    {
        Reports.Add(value);
        onReport?.Invoke(value);
    }
}
