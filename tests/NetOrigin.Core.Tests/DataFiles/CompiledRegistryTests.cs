using System.Globalization;
using NetOrigin.Inventory;
using NetOrigin.ReferenceData;

namespace NetOrigin.Tests.DataFiles;

public class CompiledRegistryTests
{
    internal static string CopyOfShippedData()
    {
        var copy = Scratch.Directory();
        foreach (var file in Directory.EnumerateFiles(TestData.Directory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(TestData.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    /// <summary>Every registered prefix (a MAC at its start and at its end) and a seeded spread of other MACs.</summary>
    private static IEnumerable<MacAddress> Probes(string registries)
    {
        foreach (var (file, digits) in new[] { ("ieee-ma-l.tsv", 6), ("ieee-ma-m.tsv", 7), ("ieee-ma-s.tsv", 9), ("ieee-iab.tsv", 9) })
        {
            foreach (var line in File.ReadLines(Path.Combine(registries, file)).Where(l => l.Length > digits && l[digits] == '\t'))
            {
                if (!ulong.TryParse(line.AsSpan(0, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var prefix))
                {
                    continue;
                }

                var shift = 48 - (4 * digits);
                yield return new MacAddress(prefix << shift);
                yield return new MacAddress((prefix << shift) | ((1UL << shift) - 1));
            }
        }

        var random = new Random(8);
        for (var i = 0; i < 20_000; i++)
        {
            yield return new MacAddress((ulong)random.NextInt64(1L << 48));
        }
    }

    private static void AssertSameAnswers(ReferenceDataSet text, ReferenceDataSet compiled, string registries)
    {
        Assert.Equal(text.Macs.Snapshots, compiled.Macs.Snapshots);
        Assert.Equal(text.Macs.Count, compiled.Macs.Count);
        Assert.Equal(text.Enterprises.Snapshot, compiled.Enterprises.Snapshot);
        Assert.Equal(text.Enterprises.Count, compiled.Enterprises.Count);
        var probes = 0;
        foreach (var mac in Probes(registries))
        {
            Assert.Equal(text.Macs.Lookup(mac), compiled.Macs.Lookup(mac));
            probes++;
        }

        Assert.True(probes > 100_000, $"only {probes} MACs probed");
        for (var number = 0L; number < 70_000; number++)
        {
            Assert.Equal(text.Enterprises.Lookup(number), compiled.Enterprises.Lookup(number));
        }
    }

    [Fact]
    public void Registries_read_from_the_compiled_image_answer_every_lookup_as_the_text_does()
    {
        var cache = new MemoryCache();
        var text = ReferenceDataSet.Load(TestData.Directory);

        var compiling = ReferenceDataSet.Load(TestData.Directory, cache: cache);
        _ = compiling.Macs;
        Assert.Equal(1, cache.Stores("registries"));
        var fromImage = ReferenceDataSet.Load(TestData.Directory, cache: cache);

        AssertSameAnswers(text, fromImage, Path.Combine(TestData.Directory, "registries"));
        Assert.Equal(1, cache.Stores("registries"));
    }

    [Fact]
    public void A_changed_registry_file_is_compiled_again_and_its_new_rows_are_answered()
    {
        var data = CopyOfShippedData();
        var registries = Path.Combine(data, "registries");
        var cache = new MemoryCache();
        var before = ReferenceDataSet.Load(data, cache: cache).Macs.Lookup(MacAddress.Parse("30:FB:B8:01:02:03"));
        Assert.NotNull(before);

        var malPath = Path.Combine(registries, "ieee-ma-l.tsv");
        File.WriteAllLines(malPath, File.ReadLines(malPath).Select(l => l.StartsWith("30FBB8\t", StringComparison.Ordinal) ? "30FBB8\tRenamed Maker Ltd" : l).ToList());
        var after = ReferenceDataSet.Load(data, cache: cache);

        Assert.Equal("Renamed Maker Ltd", after.Macs.Lookup(MacAddress.Parse("30:FB:B8:01:02:03"))?.Organisation);
        Assert.Equal(2, cache.Stores("registries"));
        Assert.Equal(2, cache.Keys("registries").Count());
        AssertSameAnswers(ReferenceDataSet.Load(data), after, registries);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    public void A_damaged_image_is_never_trusted_but_compiled_again_from_the_text(string damage)
    {
        var cache = new MemoryCache();
        _ = ReferenceDataSet.Load(TestData.Directory, cache: cache).Macs;
        var key = cache.Keys("registries").Single();
        var image = cache.Images[key];
        cache.Damage(key, damage);

        var reloaded = ReferenceDataSet.Load(TestData.Directory, cache: cache);

        AssertSameAnswers(TestData.Reference, reloaded, Path.Combine(TestData.Directory, "registries"));
        Assert.Equal(2, cache.Stores("registries"));
        Assert.Equal(image, cache.Images[key]);
    }
}
