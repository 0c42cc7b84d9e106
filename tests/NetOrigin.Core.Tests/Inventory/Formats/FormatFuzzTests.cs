using System.Text;
using NetOrigin.Inventory;

namespace NetOrigin.Tests.Inventory.Formats;

/// <summary>
/// Seeded mutations of valid Nmap XML and CycloneDX JSON/XML: every case either reads (each record accepted or
/// rejected) or is refused as an input error; nothing else escapes, and no case runs away.
/// </summary>
public sealed class FormatFuzzTests
{
    private const int Cases = 300;

    public static readonly TheoryData<string, string> Inputs = new()
    {
        { "scan.xml", NmapSamples.Scan },
        { "bom.cdx.json", BomSamples.Json },
        { "bom.cdx.xml", BomSamples.Xml },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Mutated_inputs_are_read_or_refused_never_crash(string name, string valid)
    {
        var mutator = new SeededMutator(seed: 13);
        var n = 0;
        foreach (var input in mutator.Cases(Encoding.UTF8.GetBytes(valid), Cases))
        {
            n++;
            var run = Task.Run(() => ReadAll(name, input), TestContext.Current.CancellationToken);
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken));
            Assert.True(finished == run, $"case {n} of {name} did not finish");
            var (read, counted, error) = await run;
            Assert.True(error is null || error is InventoryFormatException, $"case {n} of {name}: {error}");
            Assert.Equal(read, counted);
        }
    }

    private static (long Read, long Counted, Exception? Error) ReadAll(string name, byte[] input)
    {
        var counts = new RecordCounts();
        long read = 0;
        try
        {
            using var reader = InventorySource.Open(new StreamReader(new MemoryStream(input), Encoding.UTF8), name);
            foreach (var record in reader.Read())
            {
                read++;
                Assert.True(record.Asset is not null ^ record.Rejection is not null);
                counts.Count(record);
            }
        }
        catch (Exception ex)
        {
            return (read, counts.Read, ex);
        }

        return (read, counts.Read, null);
    }
}
