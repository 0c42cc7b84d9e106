using NetOrigin.Identification;
using NetOrigin.Identification.Claims;
using NetOrigin.Identification.Fingerprints;
using NetOrigin.Inventory;

namespace NetOrigin.Tests.Identification;

public class FingerprintClaimsTests
{
    private static readonly DateOnly AsOf = new(2026, 1, 1);

    private static readonly Lazy<FingerprintCatalog> Shipped = new(() =>
        FingerprintCatalog.Load([(Path.Combine(TestData.Directory, "fingerprints"), "data/fingerprints")]));

    private static (List<ManufacturerClaim> Claims, List<string> Notes) Claims(Asset asset)
    {
        var claims = new List<ManufacturerClaim>();
        var notes = new List<string>();
        new FingerprintClaims(Shipped.Value, TestOrganisations.Resolver).AddClaims(asset, AsOf, claims, notes);
        return (claims, notes);
    }

    private static Asset With(IdentifierKind kind, string value) => new() { Id = "a", Identifiers = [new Identifier(kind, value)] };

    [Fact]
    public void A_sysdescr_fingerprint_claims_the_maker_with_product_evidence_and_file_version()
    {
        var (claims, notes) = Claims(With(IdentifierKind.SysDescr, "Huawei Versatile Routing Platform Software\r\nVRP (R) software, Version 8.180 (NE40E V800R011C00SPC300)\r\nCopyright (C) 2012-2018 Huawei Technologies Co., Ltd."));

        var claim = Assert.Single(claims, c => !c.OperatingSystemOnly);
        Assert.Empty(notes);
        Assert.Equal("huawei-technologies", claim.Organisation.Id);
        Assert.Equal("huawei-technologies", Assert.Single(claims, c => c.OperatingSystemOnly).Organisation.Id);
        Assert.Equal("NE40E", claim.Product);
        Assert.Equal("fingerprint", claim.Basis);
        Assert.Equal("sysDescr 'Huawei Versatile Routing Platform Software VRP (R) software, Version 8.180 (NE40…' matches fingerprint 'Huawei VRP' (data/fingerprints/snmp_sysdescr.xml) → hw.vendor 'Huawei' → Huawei Technologies Co., Ltd.", claim.Evidence);
        Assert.Equal("data/fingerprints/snmp_sysdescr.xml version 2026-11-21", claim.Citation);
        Assert.InRange(claim.Confidence, 0.8, 0.9);
    }

    [Fact]
    public void A_brand_resolves_to_its_owner_and_says_so()
    {
        var claim = Assert.Single(Claims(new Asset { Id = "a", Model = "IPC-B140H" }).Claims);
        Assert.Equal("hikvision", claim.Organisation.Id);
        Assert.Contains("brand HiLook of Hangzhou Hikvision", claim.Evidence, StringComparison.Ordinal);
        Assert.Equal("IPC-B140H", claim.Product);
    }

    [Fact]
    public void Model_and_part_number_are_read_with_the_model_number_patterns()
    {
        var claims = Claims(new Asset { Id = "a", Model = "ZXR10 M6000-8S Plus", PartNumber = "CE6881-48S6CQ" }).Claims;
        Assert.Equal(2, claims.Count);
        Assert.StartsWith("model 'ZXR10", claims[0].Evidence, StringComparison.Ordinal);
        Assert.StartsWith("part number 'CE6881", claims[1].Evidence, StringComparison.Ordinal);
        Assert.Equal("huawei-technologies", claims[1].Organisation.Id);
    }

    [Fact]
    public void An_operating_system_vendor_that_is_not_a_device_maker_is_claimed_for_the_operating_system_only()
    {
        var (claims, _) = Claims(With(IdentifierKind.SshBanner, "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u2"));
        var claim = Assert.Single(claims);
        Assert.True(claim.OperatingSystemOnly);
        Assert.Contains("the operating system's maker, not the device's", claim.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operating_system_vendor_that_makes_devices_is_claimed_a_little_less_surely()
    {
        var claim = Assert.Single(Claims(With(IdentifierKind.HttpServer, "cisco-IOS")).Claims);
        Assert.Equal("cisco", claim.Organisation.Id);
    }

    [Fact]
    public void A_maker_missing_from_the_organisation_data_is_named_but_marked_unlisted()
    {
        var (claims, _) = Claims(With(IdentifierKind.SysDescr, "Lexmark MS810 version LW.DN.P219 kernel 3.0.0 All-N-1"));
        var claim = Assert.Single(claims);
        Assert.False(claim.Organisation.Listed);
        Assert.Equal("Lexmark", claim.Organisation.Name);
        Assert.Contains("(not in the organisation data)", claim.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Huawei_software_on_a_windows_server_is_noted_but_the_server_is_not_called_huawei()
    {
        var (claims, notes) = Claims(With(IdentifierKind.SysDescr, "MAS 1.0 (Intel X86) Copyright (c) 1998-2006 Huawei Technologies Co., Ltd on Windows NT 5.0"));
        Assert.DoesNotContain(claims, c => c.Organisation.Id == "huawei-technologies");
        Assert.Contains(notes, n => n.Contains("software by Huawei", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_databases_agreeing_on_one_text_make_one_claim_that_names_both()
    {
        var user = TestData.WriteTemp("rtsp.xml", """
            <fingerprints matches="rtsp_header.server" preference="0.9">
              <fingerprint pattern="^Dahua Rtsp Server"><description>Dahua camera (user)</description><param pos="0" name="hw.vendor" value="Dahua"/><param pos="0" name="hw.device" value="IP Camera"/></fingerprint>
            </fingerprints>
            """);
        var catalog = FingerprintCatalog.Load([(Path.Combine(TestData.Directory, "fingerprints"), "data/fingerprints"), (Path.GetDirectoryName(user)!, "user")]);
        var claims = new List<ManufacturerClaim>();
        new FingerprintClaims(catalog, TestOrganisations.Resolver).AddClaims(With(IdentifierKind.RtspServer, "Dahua Rtsp Server/3.0"), AsOf, claims, []);

        var claim = Assert.Single(claims);
        Assert.Equal(0.9, claim.Confidence);
        Assert.Equal("IP Camera", claim.DeviceType);
        Assert.Contains("matches fingerprint 'Dahua camera (user)' (user/rtsp.xml)", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("; also fingerprint 'Dahua camera or recorder RTSP server", claim.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Linux RU-NEM 2.6.29 #5 Thu Oct 1 16:22:09 EDT 2015 m68k")]
    [InlineData("Linux gw 2.6.36.4brcmarm #1 SMP PREEMPT Sat Apr 25 22:35:50 EDT 2020 armv7l")]
    [InlineData("Linux node 5.15.0-134-generic #145-Ubuntu SMP Wed Feb 12 20:08:39 UTC 2025 x86_64")]
    [InlineData("Linux cpe 3.10.14 #1 SMP Mon Mar 2 10:00:00 CST 2020 mips64el")]
    [InlineData("Linux box 4.4.60 #1 Tue Jan 1 00:00:00 UTC 2019 ppc64le")]
    [InlineData("Linux box 4.4.60-V2R1 #1 Tue Jan 1 00:00:00 UTC 2019 aarch64")]
    public void Cpu_architectures_and_kernel_versions_in_a_uname_sysdescr_are_not_read_as_models(string sysDescr)
    {
        var claims = Claims(With(IdentifierKind.SysDescr, sysDescr)).Claims;
        Assert.DoesNotContain(claims, c => c.Evidence.Contains("carries model", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_in_the_host_name_of_a_uname_sysdescr_is_still_read()
    {
        var claims = Claims(With(IdentifierKind.SysDescr, "Linux DS-2CD2143G0-I 3.0.8 #1 PREEMPT Wed Aug 2 14:04:45 CST 2017 armv7l")).Claims;
        var claim = Assert.Single(claims, c => c.Evidence.Contains("carries model 'DS-2CD2143G0-I'", StringComparison.Ordinal));
        Assert.Equal("hikvision", claim.Organisation.Id);
    }

    [Fact]
    public void A_text_with_no_fingerprint_adds_nothing()
    {
        var (claims, notes) = Claims(With(IdentifierKind.HtmlTitle, "Welcome to my home page"));
        Assert.Empty(claims);
        Assert.Empty(notes);
    }
}
