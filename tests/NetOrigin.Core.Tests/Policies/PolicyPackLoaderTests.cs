using NetOrigin.Policies;
using NetOrigin.ReferenceData;

namespace NetOrigin.Tests.Policies;

public class PolicyPackLoaderTests
{
    private static ReferenceDataException LoadError(string yaml)
    {
        var path = TestData.WriteTemp("bad-pack.yaml", yaml);
        return Assert.Throws<ReferenceDataException>(() => PolicyPackLoader.Load(path, MiniData.Reference.Sources, MiniData.Reference.Graph));
    }

    private const string Head = "id: p\ntitle: P\njurisdiction: US\nversion: 1\nsources: [s-law]\n";

    [Fact]
    public void A_misspelt_key_is_an_error_naming_file_and_line()
    {
        var ex = LoadError(Head + "designations:\n  - id: a\n    organisation: acme\n    efective: 2021-01-01\n    sources: [s-law]\n");
        Assert.Contains("bad-pack.yaml:9", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unknown key 'efective'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_organisation_is_an_error() =>
        Assert.Contains("'nobody' is not a known organisation", LoadError(Head + "designations:\n  - id: a\n    organisation: nobody\n    sources: [s-law]\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_designation_without_sources_is_an_error() =>
        Assert.Contains("'sources' is required", LoadError(Head + "designations:\n  - id: a\n    organisation: acme\n").Message, StringComparison.Ordinal);

    [Fact]
    public void An_obligation_naming_an_undefined_designation_is_an_error() =>
        Assert.Contains("designation 'zzz' is not defined", LoadError(Head + "designations:\n  - {id: a, organisation: acme, sources: [s-law]}\nobligations:\n  - {id: o, kind: prohibited, designations: [zzz], sources: [s-law]}\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_remove_by_obligation_needs_a_date() =>
        Assert.Contains("needs a 'date'", LoadError(Head + "designations:\n  - {id: a, organisation: acme, sources: [s-law]}\nobligations:\n  - {id: o, kind: remove_by, sources: [s-law]}\n").Message, StringComparison.Ordinal);

    [Fact]
    public void Broken_yaml_is_an_error_with_its_line()
    {
        var message = LoadError("id: p\ntitle: [unclosed\n").Message;
        Assert.Matches(@"bad-pack\.yaml:\d+: not valid YAML", message);
    }
}
