using System.Numerics;

namespace NetOrigin.Identification.Registries;

/// <summary>
/// MAC prefixes of every length in one flat open-addressing hash table, built once and then only read. A slot is
/// one 64-bit word holding the prefix, its length and a 24-bit value, so a probe reads one word and a look-up
/// allocates nothing; at most half the slots are used, so a miss ends after a probe or two.
/// </summary>
internal sealed class MacPrefixTable
{
    // Slot layout: bits 0-35 the prefix, right-aligned; bits 36-37 its length code; bits 40-63 the value.
    // A length code is never 0, so no key is 0 and 0 marks an empty slot.
    public const int Length24 = 1;
    public const int Length28 = 2;
    public const int Length36 = 3;
    public const uint MaxValue = (1u << 24) - 1;
    private const int ValueShift = 40;
    private const ulong KeyMask = (1UL << 38) - 1;
    private const ulong Fibonacci = 0x9E3779B97F4A7C15UL;
    private readonly ulong[] _slots;
    private readonly int _shift;

    /// <param name="entries">Keys made by <see cref="Key"/>; values from 1 to <see cref="MaxValue"/>.</param>
    public MacPrefixTable(IReadOnlyDictionary<ulong, uint> entries)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Count * 2));
        _slots = new ulong[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
        foreach (var (key, value) in entries)
        {
            if (value is 0 or > MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(entries), value, "values run from 1 to MaxValue");
            }

            var i = Slot(key);
            while (_slots[i] != 0)
            {
                i = (i + 1) & (capacity - 1);
            }

            _slots[i] = key | ((ulong)value << ValueShift);
        }
    }

    /// <summary>A table whose slots were compiled earlier (<see cref="Slots"/>); the length must be a power of two.</summary>
    public MacPrefixTable(ulong[] slots)
    {
        if (slots.Length < 16 || !BitOperations.IsPow2(slots.Length))
        {
            throw new InvalidDataException($"a MAC prefix table has a power-of-two number of slots, not {slots.Length}");
        }

        _slots = slots;
        _shift = 64 - BitOperations.Log2((uint)slots.Length);
    }

    /// <summary>The slots as built, for the compiled registry image.</summary>
    public ReadOnlySpan<ulong> Slots => _slots;

    /// <summary>The key of a prefix of 24, 28 or 36 bits (<see cref="Length24"/>, <see cref="Length28"/>, <see cref="Length36"/>).</summary>
    public static ulong Key(ulong prefix, int lengthCode) => prefix | ((ulong)lengthCode << 36);

    /// <summary>The value stored under <paramref name="key"/>, or 0.</summary>
    public uint Find(ulong key)
    {
        var slots = _slots;
        var i = Slot(key);
        while (true)
        {
            var slot = slots[i];
            if ((slot & KeyMask) == key)
            {
                return (uint)(slot >> ValueShift);
            }

            if (slot == 0)
            {
                return 0;
            }

            i = (i + 1) & (slots.Length - 1);
        }
    }

    private int Slot(ulong key) => (int)((key * Fibonacci) >> _shift);
}
