using NetOrigin.Identification.Registries;
using NetOrigin.Inventory;

namespace NetOrigin.Tests.Identification.Registries;

/// <summary>
/// Longest-prefix edge cases on a made-up snapshot directory (Snapshots/): block 001122 holds MA-M 0011220 and
/// 0011221, MA-S 001122000 inside MA-M 0011220, and MA-S 001122FFF with no MA-M around it.
/// </summary>
public class MacRegistryLongestPrefixTests
{
    private static readonly Lazy<MacRegistry> Synthetic = new(() => MacRegistry.Load(RegistryFixtures.Snapshots));

    [Theory]
    [InlineData("00:11:22:00:00:00", "MA-S", "001122000", "Small Block Owner")]
    [InlineData("00:11:22:00:0F:FF", "MA-S", "001122000", "Small Block Owner")]
    [InlineData("00:11:22:00:10:00", "MA-M", "0011220", "Medium Block Owner")]
    [InlineData("00:11:22:0F:FF:FF", "MA-M", "0011220", "Medium Block Owner")]
    [InlineData("00:11:22:10:00:00", "MA-M", "0011221", "Second Medium Block Owner")]
    [InlineData("00:11:22:20:00:00", "MA-L", "001122", "IEEE Registration Authority")]
    [InlineData("00:11:22:FF:F0:00", "MA-S", "001122FFF", "Last Small Block Owner")]
    [InlineData("00:11:22:FF:EF:FF", "MA-L", "001122", "IEEE Registration Authority")]
    [InlineData("00:33:44:01:02:03", "MA-M", "0033440", "Medium Block Owner Outside MA-L")]
    [InlineData("00:50:C2:00:01:23", "IAB", "0050C2000", "First IAB Owner")]
    [InlineData("00:50:C2:00:11:23", "MA-L", "0050C2", "IEEE Registration Authority")]
    [InlineData("00:00:0C:12:34:56", "MA-L", "00000C", "Cisco Systems, Inc")]
    public void Ma_s_beats_ma_m_beats_ma_l_at_every_block_boundary(string mac, string registry, string prefix, string organisation)
    {
        var assignment = Synthetic.Value.Lookup(MacAddress.Parse(mac));

        Assert.NotNull(assignment);
        Assert.Equal((registry, prefix, organisation), (assignment.RegistryName, assignment.Prefix, assignment.Organisation));
    }

    [Fact]
    public void A_prefix_listed_twice_in_a_snapshot_takes_its_last_row()
    {
        var directory = RegistryFixtures.ScratchDirectory();
        foreach (var file in Directory.EnumerateFiles(RegistryFixtures.Snapshots))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(directory, "ieee-ma-l.tsv"), "00000C\tCisco Systems, Inc. (listed again)\n");
        File.AppendAllText(Path.Combine(directory, "ieee-ma-l.tsv"), "001122\tIEEE Registration Authority (listed again)\n");
        var registry = MacRegistry.Load(directory);

        Assert.Equal("Cisco Systems, Inc. (listed again)", registry.Lookup(MacAddress.Parse("00:00:0C:01:02:03"))!.Organisation);
        Assert.Equal("IEEE Registration Authority (listed again)", registry.Lookup(MacAddress.Parse("00:11:22:20:00:00"))!.Organisation);
        Assert.Equal("Small Block Owner", registry.Lookup(MacAddress.Parse("00:11:22:00:00:00"))!.Organisation);
        Assert.Equal(3 + 3 + 2 + 1, registry.Count);
    }

    [Theory]
    [InlineData("00:99:88:77:66:55")]
    [InlineData("00:33:45:01:02:03")]
    [InlineData("00:00:0D:00:00:00")]
    public void An_address_outside_every_registered_prefix_has_no_assignment(string mac) =>
        Assert.Null(Synthetic.Value.Lookup(MacAddress.Parse(mac)));
}
