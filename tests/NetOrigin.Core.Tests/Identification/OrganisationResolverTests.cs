using static NetOrigin.Tests.MiniData;

namespace NetOrigin.Tests.Identification;

public class OrganisationResolverTests
{
    [Theory]
    [InlineData("Acme Networks Co., Ltd.")]
    [InlineData("ACME NETWORKS CO.,LTD")]
    [InlineData("acme")]
    [InlineData("Acme Networks Company")]
    [InlineData("Shenzhen Acme Networks Technology Co., Ltd.")]
    [InlineData("阿克米")]
    public void Spellings_of_one_maker_resolve_to_it(string name)
    {
        var resolution = Reference.Resolver.Resolve(name, D("2024-01-01"));
        Assert.NotNull(resolution);
        Assert.Equal("acme", resolution.Organisation.Id);
    }

    [Fact]
    public void A_brand_resolves_to_the_organisation_that_owns_it()
    {
        var resolution = Reference.Resolver.Resolve("AcmeCam", D("2024-01-01"))!;
        Assert.Equal("acme-cams", resolution.Organisation.Id);
        Assert.Equal("AcmeCam", resolution.Brand!.Name);
    }

    [Theory]
    [InlineData("Zeta Widgets")]
    [InlineData("Networks")]
    [InlineData("")]
    public void Unknown_and_generic_names_resolve_to_nothing(string name) =>
        Assert.Null(Reference.Resolver.Resolve(name, D("2024-01-01")));
}
