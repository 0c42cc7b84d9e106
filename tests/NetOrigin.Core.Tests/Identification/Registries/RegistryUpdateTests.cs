using NetOrigin.Identification.Registries;
using NetOrigin.Identification.Registries.Listings;
using NetOrigin.Inventory;

namespace NetOrigin.Tests.Identification.Registries;

/// <summary>Rebuilding snapshots from listings: which input wins, which date is recorded, and that the loaders read the result.</summary>
public class RegistryUpdateTests
{
    private static readonly string[] IeeeDataAndWireshark =
        ["ieee-data/oui.csv", "ieee-data/mam.csv", "ieee-data/oui36.csv", "ieee-data/iab.csv", "ieee-data/.lastupdate", "wireshark/enterprises.tsv"];

    [Fact]
    public void Snapshots_built_from_listings_are_read_back_by_the_loaders()
    {
        var output = RegistryFixtures.ScratchDirectory();

        var result = RegistryUpdate.Run(RegistryFixtures.InputDirectory(IeeeDataAndWireshark), output, date: null, RegistryFixtures.Save);

        Assert.Equal(RegistryDefinition.All, result.Built.Select(b => b.Listing.Registry));
        var macs = MacRegistry.Load(output);
        var soredi = macs.Lookup(MacAddress.Parse("70:B3:D5:00:1A:BC"))!;
        Assert.Equal(("MA-S", "SOREDI touch systems GmbH"), (soredi.RegistryName, soredi.Organisation));
        Assert.Equal("IEEE MA-S registry snapshot 2022-08-27", soredi.Snapshot.Citation);
        Assert.Equal("IEEE Registration Authority MA-S listing, ieee-data oui36.csv", soredi.Snapshot.Source);
        Assert.Equal("CERN", macs.Lookup(MacAddress.Parse("08:00:30:01:02:03"))!.Organisation);
        var enterprises = EnterpriseRegistry.Load(output);
        Assert.Equal("Arista Networks, Inc.", enterprises.Lookup(30065));
        Assert.Equal(new DateOnly(2024, 8, 23), enterprises.Snapshot.Date);
        foreach (var built in result.Built)
        {
            var (snapshot, rows) = SnapshotFile.Read(built.Path, 2);
            Assert.Equal(built.Listing.Entries.Count, snapshot.Entries);
            Assert.Equal(
                built.Listing.Entries.Select(e => (built.Listing.Registry.FormatKey(e.Key), e.Organisation)),
                rows.Select(r => (r[0], r[1])));
        }
    }

    [Fact]
    public void A_snapshot_is_written_in_the_shipped_format_byte_for_byte()
    {
        var output = RegistryFixtures.ScratchDirectory();

        RegistryUpdate.Run(RegistryFixtures.InputDirectory("ieee-data/mam.csv"), output, new DateOnly(2026, 8, 26), RegistryFixtures.Save);

        Assert.Equal(
            "# IEEE MA-M registry\n" +
            "# source: IEEE Registration Authority MA-M listing, mam.csv\n" +
            "# snapshot-date: 2026-08-26\n" +
            "# entries: 2\n" +
            "prefix\torganisation\n" +
            "0055DA0\tShinko Technos co.,ltd.\n" +
            "0055DA1\tKoolPOS Inc.\n",
            File.ReadAllText(Path.Combine(output, "ieee-ma-m.tsv")));
    }

    [Fact]
    public void The_input_with_most_entries_wins_and_a_tie_goes_to_the_registry_s_own_listing()
    {
        var input = RegistryFixtures.InputDirectory(
            "ieee-data/oui.csv", "ieee-data/mam.csv", "ieee-data/oui36.csv", "oui-data/index.json", "oui-data/package.json");

        var result = RegistryUpdate.Run(input, RegistryFixtures.ScratchDirectory(), new DateOnly(2026, 8, 26), RegistryFixtures.Save);

        Assert.Equal(
            [("MA-L", "index.json", 10), ("MA-M", "index.json", 3), ("MA-S", "oui36.csv", 2)],
            result.Built.Select(b => (b.Listing.Registry.Name, Path.GetFileName(b.Listing.File), b.Listing.Entries.Count)));
        Assert.Equal(
            [("MA-L", "oui.csv"), ("MA-M", "mam.csv"), ("MA-S", "index.json")],
            result.Unused.Select(u => (u.Registry.Name, Path.GetFileName(u.File))));
        Assert.Equal([RegistryDefinition.Iab, RegistryDefinition.EnterpriseNumbers], result.Missing);
        Assert.Equal("IEEE Registration Authority MA-L listing, npm oui-data 0.0.1-fixture index.json", result.Built[0].Listing.Source);
    }

    [Fact]
    public void The_given_date_beats_the_listing_s_own_date()
    {
        var result = RegistryUpdate.Run(RegistryFixtures.InputDirectory("ieee-data/iab.csv", "ieee-data/.lastupdate"), RegistryFixtures.ScratchDirectory(), new DateOnly(2030, 1, 2), RegistryFixtures.Save);

        Assert.Equal(new ListingDate(new DateOnly(2030, 1, 2), "--date"), Assert.Single(result.Built).Date);
    }

    [Fact]
    public void Without_a_date_of_its_own_a_listing_is_dated_by_its_modification_time()
    {
        var input = RegistryFixtures.InputDirectory("ieee-data/iab.csv");
        File.SetLastWriteTimeUtc(Path.Combine(input, "iab.csv"), new DateTime(2025, 3, 4, 12, 0, 0, DateTimeKind.Utc));

        var result = RegistryUpdate.Run(input, RegistryFixtures.ScratchDirectory(), date: null, RegistryFixtures.Save);

        Assert.Equal(new ListingDate(new DateOnly(2025, 3, 4), "the file's modification time"), Assert.Single(result.Built).Date);
    }

    [Fact]
    public void The_modification_time_npm_gives_packed_files_is_not_taken_for_a_date()
    {
        var input = RegistryFixtures.InputDirectory("oui-data/index.json");
        File.SetLastWriteTimeUtc(Path.Combine(input, "index.json"), new DateTime(1985, 10, 26, 8, 15, 0, DateTimeKind.Utc));

        var error = Assert.Throws<InvalidDataException>(() => RegistryUpdate.Run(input, RegistryFixtures.ScratchDirectory(), date: null, RegistryFixtures.Save));

        Assert.Contains("give the package's publish date with --date", error.Message);
    }

    [Fact]
    public void A_malformed_input_leaves_every_existing_snapshot_untouched()
    {
        var input = RegistryFixtures.InputDirectory("ieee-data/oui.csv");
        File.Copy(RegistryFixtures.Listing("malformed", "ieee-registry.csv"), Path.Combine(input, "iab.csv"));
        var output = RegistryFixtures.ScratchDirectory();
        foreach (var file in Directory.EnumerateFiles(RegistryFixtures.Snapshots))
        {
            File.Copy(file, Path.Combine(output, Path.GetFileName(file)));
        }

        var error = Assert.Throws<InvalidDataException>(() => RegistryUpdate.Run(input, output, new DateOnly(2026, 1, 1), RegistryFixtures.Save));

        Assert.Equal($"{Path.Combine(input, "iab.csv")}:2: registry 'MA-L' in a listing of IAB assignments", error.Message);
        foreach (var file in Directory.EnumerateFiles(RegistryFixtures.Snapshots))
        {
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(output, Path.GetFileName(file))));
        }

        Assert.Equal(5, Directory.EnumerateFiles(output).Count());
    }

    [Fact]
    public void A_directory_without_any_listing_is_refused_with_the_names_looked_for()
    {
        var input = RegistryFixtures.ScratchDirectory();

        var error = Assert.Throws<InvalidDataException>(() => RegistryUpdate.Run(input, RegistryFixtures.ScratchDirectory(), null, RegistryFixtures.Save));

        Assert.Equal($"{input}: no registry listings found; expected one or more of oui.csv, mam.csv, oui36.csv, iab.csv, enterprise-numbers, enterprises.tsv, index.json", error.Message);
    }
}
