using NetOrigin.Inventory;

namespace NetOrigin.Tests.Inventory.Formats;

public sealed class NmapXmlReaderTests
{
    private static List<InventoryRecord> Read(string content)
    {
        using var reader = InventorySource.Open(TestData.WriteTemp("scan.xml", content));
        return reader.Read().ToList();
    }

    [Fact]
    public void A_host_that_is_up_becomes_a_device_with_its_mac_banners_raw_responses_and_confident_os_cpe()
    {
        var records = Read(NmapSamples.Scan);

        var host = records[0].Asset!;
        Assert.Equal(("192.0.2.1", "pe-1.example.net", 4L), (host.Id, host.Name, host.Source.Line));
        Assert.Equal("00:E0:FC:12:34:56", Assert.Single(host.Macs).ToString());
        Assert.Contains(host.Origins, o => o.Field == InventoryField.Mac && o.Origin.Contains("Nmap's vendor: Huawei Technologies", StringComparison.Ordinal));
        Assert.Contains(host.Identifiers, i => i.Kind == IdentifierKind.Banner && i.Value == "HUAWEI VRP sshd" && i.Origin!.StartsWith("22/tcp", StringComparison.Ordinal));

        // What an unrecognised service said, recovered from Nmap's service fingerprint.
        Assert.Contains(host.Identifiers, i => i.Kind == IdentifierKind.SshBanner && i.Value == "SSH-2.0-HUAWEI-1.5");
        Assert.Contains(host.Identifiers, i => i.Kind == IdentifierKind.HttpServer && i.Value == "Huawei Web Server");
        Assert.Contains(host.Identifiers, i => i.Kind == IdentifierKind.HttpWwwAuthenticate && i.Value == "Basic realm=\"NE40E\"");

        // Only the best OS guess, and only when Nmap is at least 90% sure of it; closed ports say nothing.
        var cpes = host.Identifiers.Where(i => i.Kind == IdentifierKind.Cpe).Select(i => i.Value).ToList();
        Assert.Equal(["cpe:/o:huawei:vrp", "cpe:/o:huawei:vrp:8"], cpes);
    }

    [Fact]
    public void A_host_that_is_down_is_rejected_with_its_line()
    {
        var down = Read(NmapSamples.Scan)[1].Rejection!;

        Assert.Equal("the host is down: nothing was observed", down.Reason);
        Assert.Equal(16, down.Source.Line);
    }

    [Fact]
    public void An_interrupted_scan_keeps_the_hosts_before_the_break()
    {
        var cut = NmapSamples.Scan[..NmapSamples.Scan.IndexOf("<host><status state=\"down\"", StringComparison.Ordinal)] + "<host><status state=";

        var records = Read(cut);

        Assert.NotNull(records[0].Asset);
        Assert.StartsWith("the XML breaks off here", records[1].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void Xml_that_is_not_an_nmap_scan_is_an_input_error()
    {
        var path = TestData.WriteTemp("other.xml", "<?xml version=\"1.0\"?><config><x/></config>");

        var error = Assert.Throws<InventoryFormatException>(() => InventorySource.Open(path));

        Assert.Contains("neither Nmap output", error.Message, StringComparison.Ordinal);
    }
}
