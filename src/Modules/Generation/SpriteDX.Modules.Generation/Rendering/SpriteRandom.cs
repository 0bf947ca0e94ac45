using System.Text;

namespace SpriteDX.Modules.Generation.Rendering;

/// <summary>
/// SplitMix64 seeded from an FNV-1a hash: its output is fixed by its definition, unlike
/// <see cref="string.GetHashCode()"/> or <see cref="Random"/>, so sprites stay byte-identical across runs and versions.
/// </summary>
internal sealed class SpriteRandom
{
    private ulong _state;

    private SpriteRandom(ulong state) => _state = state;

    public static SpriteRandom For(string normalisedPrompt, int seed) =>
        new(StableHash(normalisedPrompt) ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL));

    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    private ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public double Range(double min, double max) => min + ((max - min) * NextDouble());

    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
