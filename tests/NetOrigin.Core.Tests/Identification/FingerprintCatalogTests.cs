using NetOrigin.Identification.Fingerprints;
using NetOrigin.Inventory;

namespace NetOrigin.Tests.Identification;

public class FingerprintCatalogTests
{
    private static string UserDirectory(params (string Name, string Xml)[] files)
    {
        var dir = Path.GetDirectoryName(TestData.WriteTemp("marker", ""))!;
        foreach (var (name, xml) in files)
        {
            File.WriteAllText(Path.Combine(dir, name), xml);
        }

        return dir;
    }

    [Fact]
    public void Recog_matches_values_map_to_identifier_kinds_and_unknown_ones_are_noted()
    {
        var dir = UserDirectory(
            ("snmp.xml", """<fingerprints matches="snmp.sys_description"><fingerprint pattern="^Acme OS"><description>Acme</description><param pos="0" name="hw.vendor" value="Acme"/></fingerprint></fingerprints>"""),
            ("sip.xml", """<fingerprints matches="sip_header.user_agent"><fingerprint pattern="^AcmePhone/"><description>Acme phone</description><param pos="0" name="hw.vendor" value="Acme"/></fingerprint></fingerprints>"""),
            ("fav.xml", """<fingerprints matches="favicon.md5"><fingerprint pattern="^0123$"><description>icon</description><param pos="0" name="hw.vendor" value="Acme"/></fingerprint></fingerprints>"""));

        var catalog = FingerprintCatalog.Load([(dir, dir)]);

        Assert.Equal("Acme", catalog.For(IdentifierKind.SysDescr).First("Acme OS 1.0")?.HwVendor);
        Assert.Equal("Acme", catalog.For(IdentifierKind.SipUserAgent).First("AcmePhone/2")?.HwVendor);
        Assert.Null(catalog.For(IdentifierKind.SshBanner).First("Acme OS 1.0"));
        Assert.Contains("favicon.md5", Assert.Single(catalog.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_database_contributes_its_first_match_in_order()
    {
        var first = UserDirectory(
            ("a.xml", """
                <fingerprints matches="ssh.banner">
                  <fingerprint pattern="^Acme-"><description>specific</description><param pos="0" name="hw.vendor" value="Acme"/></fingerprint>
                  <fingerprint pattern="Acme"><description>generic</description><param pos="0" name="hw.vendor" value="Other"/></fingerprint>
                </fingerprints>
                """),
            ("b.xml", """<fingerprints matches="ssh.banner"><fingerprint pattern="Acme-SSH"><description>second file</description><param pos="0" name="hw.vendor" value="Acme Inc"/></fingerprint></fingerprints>"""));
        var set = FingerprintCatalog.Load([(first, "user")]).For(IdentifierKind.SshBanner);
        var matches = new List<FingerprintMatch>();

        set.Match("Acme-SSH_1.0", matches);

        Assert.Equal(["specific", "second file"], matches.Select(m => m.Fingerprint.Description));
        Assert.Equal("user/a.xml", matches[0].Fingerprint.Database.DisplayPath);
    }

    [Fact]
    public void Banner_reads_the_ssh_telnet_and_ftp_fingerprints()
    {
        var catalog = FingerprintCatalog.Load([(Path.Combine(TestData.Directory, "fingerprints"), "data/fingerprints")]);
        Assert.Equal("Huawei", catalog.For(IdentifierKind.Banner).First("SSH-2.0-HUAWEI-1.5")?.HwVendor);
        Assert.Equal("Hikvision", catalog.For(IdentifierKind.Banner).First("192.0.0.64 login:")?.HwVendor);
    }

    [Fact]
    public void A_missing_directory_is_a_note_not_a_failure()
    {
        var catalog = FingerprintCatalog.Load([("/nonexistent/fingerprints", "user")]);
        Assert.Empty(catalog.Databases);
        Assert.Single(catalog.Notes);
    }
}
