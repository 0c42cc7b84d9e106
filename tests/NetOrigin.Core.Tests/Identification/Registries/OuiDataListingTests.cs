using NetOrigin.Identification.Registries;
using NetOrigin.Identification.Registries.Listings;

namespace NetOrigin.Tests.Identification.Registries;

/// <summary>The npm oui-data package's index.json, from a hand-written sample.</summary>
public class OuiDataListingTests
{
    [Fact]
    public void Key_length_chooses_the_registry_and_the_first_line_of_the_value_is_the_name()
    {
        var listings = OuiDataListing.Read(RegistryFixtures.Listing("oui-data", "index.json"));

        Assert.Equal([RegistryDefinition.MaL, RegistryDefinition.MaM, RegistryDefinition.MaS], listings.Select(l => l.Registry));
        Assert.Equal([10, 3, 2], listings.Select(l => l.Entries.Count));
        Assert.Equal("Cisco Systems, Inc", listings[0].Entries.Single(e => e.Key == 0x00000C).Organisation);
        Assert.Equal("The \"Quoted\" Devices Company", listings[0].Entries.Single(e => e.Key == 0xA4C64F).Organisation);
        Assert.Equal("Private", listings[2].Entries.Single(e => e.Key == 0x70B3D5FFF).Organisation);
    }

    [Fact]
    public void The_package_manifest_beside_it_names_the_packaging_in_the_source()
    {
        var listings = OuiDataListing.Read(RegistryFixtures.Listing("oui-data", "index.json"));

        Assert.Equal("IEEE Registration Authority MA-M listing, npm oui-data 0.0.1-fixture index.json", listings[1].Source);
        Assert.All(listings, l => Assert.Null(l.Date));
    }

    [Theory]
    [InlineData("oui-data-bad-key.json", 3, "key '00000' is not a prefix of 6, 7 or 9 hexadecimal digits (MA-L, MA-M, MA-S)")]
    [InlineData("oui-data-not-a-string.json", 3, "the value of '00E0FC' is not a string (organisation, then address lines)")]
    public void A_malformed_entry_is_refused_with_its_file_and_line(string file, int line, string message)
    {
        var path = RegistryFixtures.Listing("malformed", file);

        var error = Assert.Throws<InvalidDataException>(() => OuiDataListing.Read(path));

        Assert.Equal($"{path}:{line}: {message}", error.Message);
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_at_the_line_the_json_reader_stopped()
    {
        var path = RegistryFixtures.Listing("malformed", "oui-data-not-json.json");

        var error = Assert.Throws<InvalidDataException>(() => OuiDataListing.Read(path));

        Assert.StartsWith($"{path}:3: not valid JSON", error.Message);
    }
}
