using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Identification.Claims;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;
using static NetOrigin.Tests.MiniData;

namespace NetOrigin.Tests.Engine;

/// <summary>
/// The engine used as a library — many dates through one evaluator, assets built in code, packs named by a caller
/// who must not reach the file system — gives the answers a fresh, single-date evaluation gives.
/// </summary>
public class EngineAsLibraryTests
{
    [Fact]
    public void One_evaluator_asked_about_two_dates_answers_each_as_a_fresh_evaluator_would()
    {
        var evaluator = new PolicyEvaluator(Reference.Pack("test-pack"), Reference.Ownership);
        var router = Asset("Acme", AssetRole.Core);

        var first = evaluator.Evaluate(router, Identify(router, D("2023-06-01")), D("2023-06-01"));
        var second = evaluator.Evaluate(router, Identify(router, D("2024-01-01")), D("2024-01-01"));

        Assert.Equal(FindingStatus.ActionRequired, first.Status);
        Assert.Equal(FindingStatus.Violation, second.Status);
        Assert.Equal(Assess(router, "test-pack", D("2024-01-01")).Evidence.Select(e => e.Text), second.Evidence.Select(e => e.Text));
    }

    [Fact]
    public void An_installation_bar_after_the_fifteenth_still_separates_assets_installed_either_side_of_it()
    {
        // Fifteen bars on core equipment, then one on access equipment: only the sixteenth decides these assets.
        var bars = string.Concat(Enumerable.Range(0, 15).Select(i => $"""
              - id: bar-{i}
                kind: no_new_installation
                date: {2000 + i}-01-01
                scope: {"{"}roles: [core]{"}"}
                sources: [s-law]

            """));
        var file = Scratch.File("sixteen-bars.yaml", $"""
            id: sixteen-bars
            title: Sixteen bars
            jurisdiction: XA
            version: "1"
            sources: [s-law]
            designations:
              - {"{"}id: acme, organisation: acme, sources: [s-law]{"}"}
            obligations:
            {bars}  - id: bar-access
                kind: no_new_installation
                date: 2016-01-01
                scope: {"{"}roles: [access]{"}"}
                sources: [s-law]
            """);
        var pack = PolicyPackLoader.Load(file, Reference.Sources, Reference.Graph);
        var evaluator = new PolicyEvaluator(pack, Reference.Ownership);
        var before = Asset("Acme", AssetRole.Access, acquired: D("2015-06-01"));
        var after = Asset("Acme", AssetRole.Access, acquired: D("2016-06-01"));
        var asOf = D("2024-01-01");

        Assert.Equal(FindingStatus.Compliant, evaluator.Evaluate(before, Identify(before, asOf), asOf).Status);
        Assert.Equal(FindingStatus.Violation, evaluator.Evaluate(after, Identify(after, asOf), asOf).Status);
    }

    [Fact]
    public void An_asset_built_in_code_is_judged_as_the_same_row_read_from_a_file()
    {
        var built = new Asset
        {
            Id = "cam-1",
            Manufacturer = "Hikvision",
            Role = AssetRole.Surveillance,
            Use = "Government Facility",
            Country = "us",
            Technologies = ["5G", "Full Fibre"],
            Source = new SourceLocation("code", 1),
        };
        using var reader = InventorySource.Open(new StringReader("id,manufacturer,role,use,country,technology\ncam-1,Hikvision,surveillance,Government Facility,us,5G;Full Fibre\n"), "inv.csv");
        var read = Assert.Single(reader.Read()).Asset!;

        Assert.Equal(read.Use, built.Use);
        Assert.Equal(read.Country, built.Country);
        Assert.Equal(read.Technologies, built.Technologies);
        var asOf = D("2025-06-01");
        var shipped = TestData.Reference;
        var evaluator = new PolicyEvaluator(shipped.Pack("us-fcc-covered-list"), shipped.Ownership);
        var identifier = shipped.CreateIdentifier();
        Assert.Equal(FindingStatus.Violation, evaluator.Evaluate(read, identifier.Identify(read, asOf), asOf).Status);
        Assert.Equal(FindingStatus.Violation, evaluator.Evaluate(built, identifier.Identify(built, asOf), asOf).Status);
    }

    [Fact]
    public void An_asset_built_in_code_with_a_value_no_reader_would_accept_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Asset { Id = "x", Country = "USA" });
        Assert.Throws<ArgumentException>(() => new Asset { Id = " " });
    }

    [Theory]
    [InlineData("../policies/test-pack")]
    [InlineData("/etc/passwd")]
    [InlineData("test-pack.yaml")]
    [InlineData("")]
    public void A_pack_id_names_a_shipped_pack_and_never_a_path(string id)
    {
        var error = Assert.Throws<ReferenceDataException>(() => Reference.Pack(id));
        Assert.Contains("shipped packs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_file_given_as_an_id_is_refused_but_loads_through_the_path_option()
    {
        var file = Scratch.File("us-fcc-covered-list", File.ReadAllText(Path.Combine(MiniData.Directory, "policies", "test-pack.yaml")));
        Assert.Throws<ReferenceDataException>(() => Reference.Pack(file));
        var pack = Reference.PackFile(file);
        Assert.Equal("test-pack", pack.Id);
        Assert.Equal(Path.GetFullPath(file), pack.File);
    }

    [Fact]
    public void Two_claims_for_one_maker_outside_the_organisation_data_reinforce_each_other_whatever_object_names_it()
    {
        var identifier = new ManufacturerIdentifier([new TwoUnlistedClaims()]);
        var attribution = identifier.Identify(new Asset { Id = "a" }, D("2025-01-01"));

        Assert.Equal("unlisted:foo-networks", attribution.Manufacturer!.Id);
        Assert.Null(attribution.Disagreement);
        Assert.Equal(2, attribution.Supporting.Count);
        Assert.Equal(1 - (0.1 * 0.2), attribution.Confidence, 3);
    }

    [Fact]
    public void The_mac_claim_cache_stays_bounded_however_many_dates_are_asked()
    {
        var claims = new MacClaims(Reference.Macs, Reference.Resolver);
        var asset = new Asset { Id = "m", Macs = [MacAddress.Parse("A4:BB:CC:00:00:01")] };
        var day = D("2000-01-01");
        for (var i = 0; i < 20_000; i++)
        {
            claims.AddClaims(asset, day.AddDays(i), [], []);
        }

        Assert.InRange(claims.CachedMeanings, 1, MacClaims.MaxCachedMeanings);
    }

    [Fact]
    public void Core_never_touches_the_console_or_the_clock()
    {
        var banned = CoreAssemblyReferences.MemberReferences()
            .Where(r => r.Type == "System.Console" || (r.Type == "System.DateTime" && r.Member is "get_Now" or "get_UtcNow" or "get_Today"))
            .ToList();
        Assert.Empty(banned);
    }

    private sealed class TwoUnlistedClaims : IClaimSource
    {
        public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
        {
            // Two separate objects for one maker, as a resolver whose cache is full hands out.
            claims.Add(new ManufacturerClaim(Organisation.Unlisted("Foo Networks"), 0.9, "MAC address", "mac", null));
            claims.Add(new ManufacturerClaim(Organisation.Unlisted("FOO NETWORKS"), 0.8, "SNMP sysObjectID", "oid", null));
        }
    }
}

/// <summary>The members of other assemblies that NetOrigin.Core calls, read from its metadata.</summary>
internal static class CoreAssemblyReferences
{
    public static IEnumerable<(string Type, string Member)> MemberReferences()
    {
        using var stream = File.OpenRead(typeof(Asset).Assembly.Location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var found = new List<(string, string)>();
        foreach (var handle in metadata.MemberReferences)
        {
            var reference = metadata.GetMemberReference(handle);
            if (reference.Parent.Kind != System.Reflection.Metadata.HandleKind.TypeReference)
            {
                continue;
            }

            var type = metadata.GetTypeReference((System.Reflection.Metadata.TypeReferenceHandle)reference.Parent);
            found.Add(($"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}", metadata.GetString(reference.Name)));
        }

        return found;
    }
}
