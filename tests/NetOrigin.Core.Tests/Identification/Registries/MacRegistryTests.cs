using NetOrigin.Identification.Registries;
using NetOrigin.Inventory;

namespace NetOrigin.Tests.Identification.Registries;

/// <summary>Look-ups in the shipped registry snapshots, with prefixes as the IEEE assigned them.</summary>
public class MacRegistryTests
{
    private static readonly Lazy<MacRegistry> Shipped = new(() => MacRegistry.Load(RegistryFixtures.ShippedRegistries));

    [Theory]
    [InlineData("70:B3:D5:00:1A:BC", "MA-S", "70B3D5001", "SOREDI touch systems GmbH")]
    [InlineData("00:55:DA:01:02:03", "MA-M", "0055DA0", "Shinko Technos co.,ltd.")]
    [InlineData("00:50:C2:00:0A:BC", "IAB", "0050C2000", "T.L.S. Corp.")]
    [InlineData("00:00:0C:07:AC:01", "MA-L", "00000C", "Cisco Systems, Inc")]
    public void The_longest_registered_prefix_names_the_organisation(string mac, string registry, string prefix, string organisation)
    {
        var assignment = Shipped.Value.Lookup(MacAddress.Parse(mac));

        Assert.NotNull(assignment);
        Assert.Equal(registry, assignment.RegistryName);
        Assert.Equal(prefix, assignment.Prefix);
        Assert.Equal(organisation, assignment.Organisation);
    }

    [Fact]
    public void An_address_in_an_unassigned_part_of_a_subdivided_block_falls_back_to_the_block_holder()
    {
        // 70B3D5 is the IEEE Registration Authority's MA-S block; 70B3D5000 is not assigned in the snapshot.
        var assignment = Shipped.Value.Lookup(MacAddress.Parse("70:B3:D5:00:00:01"));

        Assert.NotNull(assignment);
        Assert.Equal("MA-L", assignment.RegistryName);
        Assert.Equal("IEEE Registration Authority", assignment.Organisation);
    }

    [Fact]
    public void An_address_whose_prefix_no_one_registered_has_no_assignment() =>
        Assert.Null(Shipped.Value.Lookup(MacAddress.Parse("0C:00:00:12:34:56")));

    [Fact]
    public void Each_assignment_cites_the_snapshot_it_came_from()
    {
        var assignment = Shipped.Value.Lookup(MacAddress.Parse("70:B3:D5:00:1A:BC"))!;

        Assert.Equal("IEEE MA-S registry snapshot 2026-08-26", assignment.Snapshot.Citation);
        Assert.Equal(
            ["IEEE MA-L registry", "IEEE MA-M registry", "IEEE MA-S registry", "IEEE IAB registry (closed to new assignments)"],
            Shipped.Value.Snapshots.Select(s => s.Title));
    }

    [Fact]
    public void The_shipped_snapshots_hold_the_counts_their_headers_and_readme_state()
    {
        Assert.Equal(
            [40010, 6565, 7155, 4575],
            Shipped.Value.Snapshots.Select(s => s.Entries));
        Assert.Equal(40010 + 6565 + 7155 + 4575, Shipped.Value.Count);
        Assert.Equal(62240, EnterpriseRegistry.Load(RegistryFixtures.ShippedRegistries).Count);
    }

    [Fact]
    public void Look_ups_agree_with_a_plain_longest_prefix_search_over_the_snapshot_rows()
    {
        var registries = RegistryFixtures.ShippedRegistries;
        Dictionary<ulong, string> Rows(string file, string registry) =>
            SnapshotFile.Read(Path.Combine(registries, file), 2).Rows
                .ToDictionary(r => Convert.ToUInt64(r[0], 16), r => $"{registry} {r[0]} {r[1]}");
        var mal = Rows("ieee-ma-l.tsv", "MA-L");
        var mam = Rows("ieee-ma-m.tsv", "MA-M");
        var mas = Rows("ieee-ma-s.tsv", "MA-S").Concat(Rows("ieee-iab.tsv", "IAB")).ToDictionary();
        string? Plain(ulong mac) =>
            mas.GetValueOrDefault(mac >> 12) ?? mam.GetValueOrDefault(mac >> 20) ?? mal.GetValueOrDefault(mac >> 24);

        // Addresses under every kind of prefix, at random places in their blocks, and anywhere at all.
        var random = new Random(7);
        var prefixes = new[] { (mal.Keys.ToArray(), 24), (mam.Keys.ToArray(), 20), (mas.Keys.ToArray(), 12) };
        for (var i = 0; i < 200_000; i++)
        {
            ulong mac;
            if (i % 4 == 3)
            {
                mac = (ulong)random.NextInt64(1L << 48);
            }
            else
            {
                var (keys, suffixBits) = prefixes[i % 4];
                mac = (keys[random.Next(keys.Length)] << suffixBits) | (ulong)random.NextInt64(1L << suffixBits);
            }

            var found = Shipped.Value.Lookup(new MacAddress(mac));

            Assert.Equal(Plain(mac), found is null ? null : $"{found.RegistryName} {found.Prefix} {found.Organisation}");
        }
    }
}
