using NetOrigin.Entities;

namespace NetOrigin.Tests.Entities;

public class OrganisationNamesTests
{
    [Theory]
    [InlineData("Eltex Enterprise, Ltd.", "Eltex Enterprise")]
    [InlineData("KCP, Inc.", "KCP")]
    [InlineData("ROHDE & SCHWARZ GmbH & Co.KG", "ROHDE & SCHWARZ")]
    [InlineData("Nexans S.A.", "Nexans")]
    [InlineData("The Siemon Company", "The Siemon")]
    [InlineData("Procter & Gamble", "Procter & Gamble")]
    [InlineData("Bank of America", "Bank of America")]
    public void The_legal_form_that_ends_a_name_is_dropped_and_the_rest_kept_as_written(string name, string expected) =>
        Assert.Equal(expected, OrganisationNames.WithoutLegalSuffix(name));
}
