using NetOrigin.Identification.Registries.Listings;

namespace NetOrigin.Tests.Identification.Registries;

/// <summary>Wireshark's enterprises.tsv, from a hand-written sample in its layout.</summary>
public class WiresharkEnterprisesListingTests
{
    private static readonly Lazy<RegistryListing> Sample = new(() => WiresharkEnterprisesListing.Read(RegistryFixtures.Listing("wireshark", "enterprises.tsv")));

    private static string Name(ulong number) => Sample.Value.Entries.Single(e => e.Key == number).Organisation;

    [Fact]
    public void A_trailing_formerly_comment_is_stripped_from_the_name()
    {
        Assert.Equal("Rockwell Automation, Inc.", Name(95));
        Assert.Equal("Arista Networks, Inc.", Name(30065));
    }

    [Fact]
    public void A_hash_that_belongs_to_the_name_is_kept()
    {
        Assert.Equal("Vancouver School District # 37", Name(8606));
        Assert.Equal("#B4mad Research Lab Organization", Name(9230));
        Assert.Equal("Grant County PUD #2", Name(13560));
    }

    [Fact]
    public void Spaces_or_tabs_separate_number_and_name_and_runs_of_white_space_become_one_space()
    {
        Assert.Equal("ZTE Corporation", Name(3902));
        Assert.Equal("IBM (https://w3.ibm.com/standards )", Name(2));
        Assert.Equal(10, Sample.Value.Entries.Count);
    }

    [Fact]
    public void The_last_updated_comment_dates_the_listing()
    {
        Assert.Equal(new ListingDate(new DateOnly(2024, 8, 23), "its 'last updated' comment"), Sample.Value.Date);
    }

    [Theory]
    [InlineData("Arista Networks, Inc.\t# formerly 'Arastra, Inc.'", "Arista Networks, Inc.")]
    [InlineData("Arista Networks, Inc. # formerly 'Arastra, Inc.'", "Arista Networks, Inc.")]
    [InlineData("LogMatrix Inc \t # old name", "LogMatrix Inc")]
    [InlineData("School District #57 (Prince George)", "School District #57 (Prince George)")]
    [InlineData("Optics #1, LLC", "Optics #1, LLC")]
    public void Comment_start_is_found_only_where_wireshark_puts_one(string name, string expected)
    {
        var text = name.AsSpan();

        Assert.Equal(expected, text[..WiresharkEnterprisesListing.CommentStart(text)].TrimEnd().ToString());
    }

    [Theory]
    [InlineData("wireshark-no-number.tsv", 4, "expected an enterprise number, spaces or tabs, and the organisation")]
    [InlineData("wireshark-no-name.tsv", 4, "enterprise 9 has no organisation name")]
    public void A_malformed_line_is_refused_with_its_file_and_line(string file, int line, string message)
    {
        var path = RegistryFixtures.Listing("malformed", file);

        var error = Assert.Throws<InvalidDataException>(() => WiresharkEnterprisesListing.Read(path));

        Assert.Equal($"{path}:{line}: {message}", error.Message);
    }
}
