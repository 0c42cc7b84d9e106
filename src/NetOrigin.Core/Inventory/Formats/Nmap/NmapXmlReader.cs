using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace NetOrigin.Inventory.Formats.Nmap;

/// <summary>
/// Reads Nmap's XML output (<c>nmap -sV -O -oX</c>): each <c>host</c> element is one record. A host that is up becomes
/// a device asset identified by what the scan observed — MAC address, service banners and script output (HTTP Server
/// header and title, SNMP sysDescr), CPE names of services and of the best OS match — each value recording the port,
/// probe or script it came from. A host that is down, or has no address, is rejected with the reason. If the file
/// is cut short or broken (an interrupted scan), the hosts before the break are kept and the break is one rejected
/// record naming its line.
/// </summary>
internal sealed class NmapXmlReader : IInventoryReader
{
    /// <summary>OS guesses below this accuracy (percent) are not used: Nmap lists many candidates per host.</summary>
    public const int MinOsAccuracy = 90;

    private readonly XmlReader _xml;
    private readonly string _file;

    public NmapXmlReader(TextReader text, string file)
    {
        _file = file;
        _xml = UntrustedXml.Open(text);
    }

    public IReadOnlyList<string> UnusedColumns => [];

    public IEnumerable<InventoryRecord> Read()
    {
        var sawRoot = false;
        while (true)
        {
            XElement? host = null;
            long line = 0;
            string? error = null;
            try
            {
                if (!_xml.Read())
                {
                    break;
                }

                if (_xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (!sawRoot)
                {
                    if (_xml.LocalName != "nmaprun")
                    {
                        throw new InventoryFormatException($"{_file}: the XML root element is <{_xml.LocalName}>, not Nmap's <nmaprun>");
                    }

                    sawRoot = true;
                    continue;
                }

                if (_xml.LocalName != "host")
                {
                    continue;
                }

                line = ((IXmlLineInfo)_xml).LineNumber;
                // Loading the subtree leaves the reader on the host's end tag, so the next Read moves to what follows.
                host = XElement.Load(_xml.ReadSubtree());
            }
            catch (XmlException ex)
            {
                if (!sawRoot)
                {
                    throw new InventoryFormatException($"{_file}:{ex.LineNumber}: not an Nmap XML file: {UntrustedXml.Describe(ex)}");
                }

                line = ex.LineNumber;
                error = $"the XML breaks off here ({UntrustedXml.Describe(ex)}); hosts after this point are not read";
            }

            if (error is not null)
            {
                yield return InventoryRecord.Reject(new Rejection(new SourceLocation(_file, line), error, ""));
                yield break;
            }

            if (host is not null)
            {
                yield return Host(host, line);
            }
        }

        if (!sawRoot)
        {
            throw new InventoryFormatException($"{_file}: the file is empty; expected Nmap XML output (nmap -oX)");
        }
    }

    private InventoryRecord Host(XElement host, long line)
    {
        var addresses = host.Elements("address").ToList();
        var ip = addresses.FirstOrDefault(a => (string?)a.Attribute("addrtype") is "ipv4")?.Attribute("addr")?.Value
            ?? addresses.FirstOrDefault(a => (string?)a.Attribute("addrtype") is "ipv6")?.Attribute("addr")?.Value;
        var mac = addresses.FirstOrDefault(a => (string?)a.Attribute("addrtype") is "mac");
        var id = ip ?? mac?.Attribute("addr")?.Value;
        var location = new SourceLocation(_file, line) { Locator = id is null ? "host" : $"host {id}" };
        var state = host.Element("status")?.Attribute("state")?.Value;
        if (id is null)
        {
            return InventoryRecord.Reject(new Rejection(location, "the host has no address", "<host>"));
        }

        if (state is not null && state != "up")
        {
            return InventoryRecord.Reject(new Rejection(location, $"the host is {state}: nothing was observed", $"host {id}"));
        }

        var values = new FieldValues();
        values.Set(InventoryField.Id, id, "address");
        values.Set(InventoryField.Kind, "device");
        var hostname = host.Element("hostnames")?.Elements("hostname").FirstOrDefault(h => (string?)h.Attribute("type") == "user")
            ?? host.Element("hostnames")?.Elements("hostname").FirstOrDefault();
        values.Set(InventoryField.Name, hostname?.Attribute("name")?.Value, $"hostname ({hostname?.Attribute("type")?.Value})");
        if (mac?.Attribute("addr")?.Value is { } macAddress)
        {
            var vendor = mac.Attribute("vendor")?.Value;
            values.Set(InventoryField.Mac, macAddress, vendor is null ? "address (mac)" : $"address (mac; Nmap's vendor: {vendor})");
        }

        foreach (var port in host.Element("ports")?.Elements("port") ?? [])
        {
            Port(port, values);
        }

        Os(host.Element("os"), values);
        return values.Build(location, $"host {id}");
    }

    private static void Port(XElement port, FieldValues values)
    {
        var state = port.Element("state")?.Attribute("state")?.Value;
        if (state is not ("open" or "open|filtered"))
        {
            return;
        }

        var where = $"{port.Attribute("portid")?.Value}/{port.Attribute("protocol")?.Value}";
        if (port.Element("service") is { } service)
        {
            var product = Join(service.Attribute("product")?.Value, service.Attribute("version")?.Value, service.Attribute("extrainfo")?.Value);
            if (product is not null)
            {
                values.Set(InventoryField.Banner, product, $"{where} service {service.Attribute("name")?.Value} (Nmap's service detection)");
            }

            foreach (var cpe in service.Elements("cpe"))
            {
                values.Set(InventoryField.Cpe, cpe.Value, $"{where} service CPE");
            }

            if (service.Attribute("servicefp")?.Value is { } fingerprint)
            {
                Responses(fingerprint, where, values);
            }
        }

        foreach (var script in port.Elements("script"))
        {
            Script(script, where, values);
        }
    }

    private static void Script(XElement script, string where, FieldValues values)
    {
        var id = script.Attribute("id")?.Value;
        var output = script.Attribute("output")?.Value;
        var origin = $"{where} script {id}";
        switch (id)
        {
            case "http-server-header":
                foreach (var elem in script.Elements("elem"))
                {
                    values.Set(InventoryField.HttpServer, elem.Value, origin);
                }

                break;
            case "http-title":
                values.Set(InventoryField.HtmlTitle, script.Elements("elem").FirstOrDefault(e => (string?)e.Attribute("key") == "title")?.Value ?? output, origin);
                break;
            case "snmp-sysdescr":
                // The script appends "System uptime: ..." on a second line; the first is sysDescr itself.
                values.Set(InventoryField.SysDescr, output?.Split('\n')[0], origin);
                break;
            case "banner":
                values.Set(InventoryField.Banner, output, origin);
                break;
        }
    }

    /// <summary>Banners from the raw responses of a service Nmap could not name.</summary>
    private static void Responses(string fingerprint, string where, FieldValues values)
    {
        foreach (var (probe, response) in NmapServiceFingerprint.Responses(fingerprint))
        {
            var origin = $"{where} raw response to Nmap's {probe} probe";
            if (response.StartsWith("HTTP/", StringComparison.Ordinal))
            {
                values.Set(InventoryField.HttpServer, NmapServiceFingerprint.Header(response, "Server"), origin);
                values.Set(InventoryField.HttpWwwAuthenticate, NmapServiceFingerprint.Header(response, "WWW-Authenticate"), origin);
                values.Set(InventoryField.HtmlTitle, NmapServiceFingerprint.Title(response), origin);
            }
            else if (response.StartsWith("RTSP/", StringComparison.Ordinal))
            {
                values.Set(InventoryField.RtspServer, NmapServiceFingerprint.Header(response, "Server"), origin);
            }
            else if (probe == "NULL" && NmapServiceFingerprint.FirstLine(response) is { } greeting)
            {
                var field = greeting.StartsWith("SSH-", StringComparison.Ordinal) ? InventoryField.SshBanner
                    : greeting.StartsWith("220", StringComparison.Ordinal) ? InventoryField.FtpBanner
                    : InventoryField.Banner;
                values.Set(field, greeting, origin);
            }
        }
    }

    /// <summary>CPE names of the best OS match, when Nmap is sure enough of it.</summary>
    private static void Os(XElement? os, FieldValues values)
    {
        var best = os?.Elements("osmatch")
            .Select(m => (Match: m, Accuracy: int.TryParse((string?)m.Attribute("accuracy"), NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : 0))
            .OrderByDescending(m => m.Accuracy)
            .FirstOrDefault();
        if (best?.Match is not { } match || best.Value.Accuracy < MinOsAccuracy)
        {
            return;
        }

        var origin = $"OS match '{match.Attribute("name")?.Value}' ({best.Value.Accuracy}%)";
        foreach (var osclass in match.Elements("osclass"))
        {
            foreach (var cpe in osclass.Elements("cpe"))
            {
                values.Set(InventoryField.Cpe, cpe.Value, origin);
            }
        }
    }

    private static string? Join(string? product, string? version, string? extra)
    {
        if (product is null)
        {
            return null;
        }

        var text = version is null ? product : $"{product} {version}";
        return extra is null ? text : $"{text} ({extra})";
    }

    public void Dispose() => _xml.Dispose();
}
