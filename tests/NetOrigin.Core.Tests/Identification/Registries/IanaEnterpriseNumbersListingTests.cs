using NetOrigin.Identification.Registries.Listings;

namespace NetOrigin.Tests.Identification.Registries;

/// <summary>IANA's own enterprise-numbers text, from a hand-written sample in the official layout.</summary>
public class IanaEnterpriseNumbersListingTests
{
    private static readonly Lazy<RegistryListing> Sample = new(() => IanaEnterpriseNumbersListing.Read(RegistryFixtures.Listing("iana", "enterprise-numbers")));

    [Fact]
    public void Each_block_gives_its_number_and_organisation_and_skips_contact_and_email()
    {
        Assert.Equal(
            [
                new RegistryEntry(0, "Reserved"),
                new RegistryEntry(2, "IBM (https://w3.ibm.com/standards )"),
                new RegistryEntry(9, "ciscoSystems"),
                new RegistryEntry(95, "Rockwell Automation, Inc."),
                new RegistryEntry(2011, "HUAWEI Technology Co.,Ltd"),
                new RegistryEntry(3902, "ZTE Corporation"),
                new RegistryEntry(13560, "Grant County PUD #2"),
                new RegistryEntry(30065, "Arista Networks, Inc."),
            ],
            Sample.Value.Entries);
    }

    [Fact]
    public void The_former_name_iana_appends_is_not_part_of_the_registrant_name()
    {
        Assert.Equal("Arista Networks, Inc.", Sample.Value.Entries.Single(e => e.Key == 30065).Organisation);
        Assert.Equal("Grant County PUD #2", IanaEnterpriseNumbersListing.WithoutFormerName("Grant County PUD #2").ToString());
    }

    [Fact]
    public void Numbers_marked_unassigned_are_left_out_and_counted()
    {
        Assert.DoesNotContain(Sample.Value.Entries, e => e.Key == 40000);
        Assert.Equal("enterprise-numbers: 1 numbers marked Unassigned are left out", Assert.Single(Sample.Value.Notes));
    }

    [Fact]
    public void The_last_updated_line_dates_the_listing()
    {
        Assert.Equal(new ListingDate(new DateOnly(2024, 8, 23), "its '(last updated ...)' line"), Sample.Value.Date);
        Assert.Equal("IANA Private Enterprise Numbers registry, enterprise-numbers", Sample.Value.Source);
    }

    [Theory]
    [InlineData("iana-contact-for-organisation", 15, "expected the organisation of enterprise 9, indented two spaces")]
    [InlineData("iana-truncated", 16, "'End of Document' not found; the file looks truncated")]
    [InlineData("iana-stray-text", 18, "expected an enterprise number at the start of the line, an indented organisation, contact or e-mail, or 'End of Document'")]
    [InlineData("iana-number-after-number", 14, "enterprise 9 has no organisation line")]
    [InlineData("iana-number-too-large", 14, "'4294967296' is not an enterprise number (0 to 4294967295)")]
    public void A_malformed_file_is_refused_with_its_file_and_line(string file, int line, string message)
    {
        var path = RegistryFixtures.Listing("malformed", file);

        var error = Assert.Throws<InvalidDataException>(() => IanaEnterpriseNumbersListing.Read(path));

        Assert.Equal($"{path}:{line}: {message}", error.Message);
    }
}
