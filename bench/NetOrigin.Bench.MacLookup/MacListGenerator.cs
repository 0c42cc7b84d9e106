using System.Globalization;
using System.Text;

namespace NetOrigin.Bench.MacLookup;

/// <summary>
/// A deterministic list of MAC addresses for timing look-ups: addresses under registered MA-L, MA-M, MA-S and IAB
/// prefixes taken from the shipped snapshots, and addresses under 24-bit prefixes no one holds. The same seed and
/// size give the same list, so runs and tools can be compared.
/// </summary>
internal static class MacListGenerator
{
    public const string Mix = "40% under MA-L prefixes, 15% MA-M, 15% MA-S, 5% IAB, 25% under unregistered 24-bit prefixes";

    public static void Write(string registries, int count, int seed, string path)
    {
        var mal = ReadPrefixes(Path.Combine(registries, "ieee-ma-l.tsv"));
        var mam = ReadPrefixes(Path.Combine(registries, "ieee-ma-m.tsv"));
        var mas = ReadPrefixes(Path.Combine(registries, "ieee-ma-s.tsv"));
        var iab = ReadPrefixes(Path.Combine(registries, "ieee-iab.tsv"));
        var registeredOuis = mal.ToHashSet();

        // new Random(seed) keeps the same sequence across .NET versions, unlike the unseeded generator.
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            ulong mac;
            if (roll < 40)
            {
                mac = (Pick(mal, random) << 24) | Bits(random, 24);
            }
            else if (roll < 55)
            {
                mac = (Pick(mam, random) << 20) | Bits(random, 20);
            }
            else if (roll < 70)
            {
                mac = (Pick(mas, random) << 12) | Bits(random, 12);
            }
            else if (roll < 75)
            {
                mac = (Pick(iab, random) << 12) | Bits(random, 12);
            }
            else
            {
                mac = (UnregisteredOui(registeredOuis, random) << 24) | Bits(random, 24);
            }

            writer.WriteLine(Format(mac));
        }
    }

    private static ulong Bits(Random random, int bits) => (uint)random.Next(1 << bits);

    private static ulong Pick(List<ulong> prefixes, Random random) => prefixes[random.Next(prefixes.Count)];

    /// <summary>A globally unique, unicast 24-bit prefix that is not in MA-L (so none of its longer blocks is either).</summary>
    private static ulong UnregisteredOui(HashSet<ulong> registered, Random random)
    {
        while (true)
        {
            var oui = Bits(random, 24) & ~0x030000UL;
            if (!registered.Contains(oui))
            {
                return oui;
            }
        }
    }

    private static List<ulong> ReadPrefixes(string snapshot) =>
        File.ReadLines(snapshot)
            .Where(line => !line.StartsWith('#'))
            .Skip(1)
            .Select(line => ulong.Parse(line.AsSpan(0, line.IndexOf('\t')), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture))
            .ToList();

    private static string Format(ulong mac) => string.Create(17, mac, static (span, value) =>
    {
        for (var i = 0; i < 6; i++)
        {
            var octet = (byte)(value >> (40 - (8 * i)));
            octet.TryFormat(span[(i * 3)..], out _, "X2", CultureInfo.InvariantCulture);
            if (i < 5)
            {
                span[(i * 3) + 2] = ':';
            }
        }
    });
}
