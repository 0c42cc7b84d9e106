using NetOrigin.Identification.Registries;
using NetOrigin.Identification.Registries.Listings;

namespace NetOrigin.Tests.Identification.Registries;

/// <summary>The IEEE CSV listings (oui.csv, mam.csv, oui36.csv, iab.csv), from hand-written files.</summary>
public class IeeeCsvListingTests
{
    private static RegistryListing ReadOui() =>
        IeeeCsvListing.Read(RegistryFixtures.Listing("ieee-data", "oui.csv"), RegistryDefinition.MaL, packaging: null, date: null);

    private static string Name(RegistryListing listing, ulong key) => listing.Entries.Single(e => e.Key == key).Organisation;

    [Fact]
    public void Quoted_names_keep_their_commas_and_quotes_and_addresses_may_span_lines()
    {
        var listing = ReadOui();

        Assert.Equal("Cisco Systems, Inc", Name(listing, 0x00000C));
        Assert.Equal("Arounds Intelligent Equipment Co., Ltd.", Name(listing, 0x3CB07E));
        Assert.Equal("The \"Quoted\" Devices Company", Name(listing, 0xA4C64F));
    }

    [Fact]
    public void Organisation_names_have_their_white_space_normalised()
    {
        Assert.Equal("HUAWEI TECHNOLOGIES CO.,LTD", Name(ReadOui(), 0x28E34E));
    }

    [Fact]
    public void A_prefix_listed_twice_keeps_the_last_listing_and_the_repeat_is_reported()
    {
        var listing = ReadOui();

        Assert.Equal("CERN", Name(listing, 0x080030));
        Assert.Equal(9, listing.Entries.Count);
        Assert.Equal("oui.csv: MA-L 080030 listed more than once; the last listing of each is kept", Assert.Single(listing.Notes));
    }

    [Fact]
    public void Entries_come_out_in_prefix_order_whatever_the_file_order()
    {
        var keys = ReadOui().Entries.Select(e => e.Key).ToList();

        Assert.Equal(keys.Order(), keys);
    }

    [Fact]
    public void Every_registry_reads_from_its_own_listing()
    {
        var mam = IeeeCsvListing.Read(RegistryFixtures.Listing("ieee-data", "mam.csv"), RegistryDefinition.MaM, null, null);
        var mas = IeeeCsvListing.Read(RegistryFixtures.Listing("ieee-data", "oui36.csv"), RegistryDefinition.MaS, null, null);
        var iab = IeeeCsvListing.Read(RegistryFixtures.Listing("ieee-data", "iab.csv"), RegistryDefinition.Iab, "ieee-data", null);

        Assert.Equal(["Shinko Technos co.,ltd.", "KoolPOS Inc."], mam.Entries.Select(e => e.Organisation));
        Assert.Equal([0x70B3D5001UL, 0x70B3D5FFFUL], mas.Entries.Select(e => e.Key));
        Assert.Equal("T.L.S. Corp.", Name(iab, 0x0050C2000));
        Assert.Equal("IEEE Registration Authority IAB listing, ieee-data iab.csv", iab.Source);
    }

    [Theory]
    [InlineData("ieee-header.csv", 1, "expected the IEEE header 'Registry,Assignment,Organization Name,Organization Address'")]
    [InlineData("ieee-assignment.csv", 5, "'00E0FG' is not a 6-digit hexadecimal MA-L assignment")]
    [InlineData("ieee-registry.csv", 3, "registry 'MA-M' in a listing of MA-L assignments")]
    [InlineData("ieee-unclosed-quote.csv", 3, "a quoted field opened on this line is never closed")]
    [InlineData("ieee-fields.csv", 3, "expected 4 fields (Registry, Assignment, Organization Name, Organization Address), found 5")]
    [InlineData("ieee-after-quote.csv", 2, "unexpected text after the closing quote of a field of the record on line 2")]
    [InlineData("ieee-empty-name.csv", 3, "MA-L 080030 has no organisation name")]
    public void A_malformed_listing_is_refused_with_its_file_and_line(string file, int line, string message)
    {
        var path = RegistryFixtures.Listing("malformed", file);

        var error = Assert.Throws<InvalidDataException>(() => IeeeCsvListing.Read(path, RegistryDefinition.MaL, null, null));

        Assert.Equal($"{path}:{line}: {message}", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_at_the_line_of_the_bad_bytes()
    {
        var path = Path.Combine(RegistryFixtures.ScratchDirectory(), "oui.csv");
        File.WriteAllBytes(path, [.. "Registry,Assignment,Organization Name,Organization Address\nMA-L,00000C,Cisco,x\nMA-L,00E0FC,"u8, 0xC3, 0x28, .. ",x\n"u8]);

        var error = Assert.Throws<InvalidDataException>(() => IeeeCsvListing.Read(path, RegistryDefinition.MaL, null, null));

        Assert.Equal($"{path}:3: not UTF-8 text", error.Message);
    }

    [Fact]
    public void A_file_larger_than_any_registry_listing_is_refused_before_it_is_read()
    {
        var path = Path.Combine(RegistryFixtures.ScratchDirectory(), "oui.csv");
        using (var file = File.Create(path))
        {
            file.SetLength(ListingFile.MaxBytes + 1);
        }

        var error = Assert.Throws<InvalidDataException>(() => IeeeCsvListing.Read(path, RegistryDefinition.MaL, null, null));

        Assert.Equal($"{path}: 67108865 bytes is more than the 64 MiB a registry listing may have; is this the right file?", error.Message);
        File.Delete(path);
    }
}
