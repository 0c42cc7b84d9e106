namespace NetOrigin.Fuzzing;

/// <summary>
/// SplitMix64: a small, fast generator whose sequence depends on nothing but its seed, so every fuzz case can be
/// regenerated from (seed, target, case number) on any machine and .NET version.
/// </summary>
public struct FuzzRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The generator of one case: the run's seed, the target's name and the case number mixed.</summary>
    public static FuzzRandom ForCase(ulong seed, string target, int index)
    {
        var mixed = seed;
        foreach (var c in target)
        {
            mixed = (mixed ^ c) * 0x100000001B3UL;
        }

        var random = new FuzzRandom(mixed ^ ((ulong)index * 0x9E3779B97F4A7C15UL));
        random.Next();
        return random;
    }

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number from 0 to <paramref name="bound"/> - 1 (0 when the bound is not positive).</summary>
    public int Below(int bound) => bound <= 0 ? 0 : (int)(Next() % (ulong)bound);

    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>A size from 1 to <paramref name="max"/>, small ones far more often than large ones.</summary>
    public int Size(int max)
    {
        var bits = Below(BitLength(max) + 1);
        return Math.Clamp(1 + Below(1 << bits), 1, Math.Max(max, 1));
    }

    private static int BitLength(int value) => value <= 1 ? 0 : 32 - int.LeadingZeroCount(value - 1);
}
