namespace NetOrigin.Bench.Accuracy;

/// <summary>One labelled example of the banner corpus (rapid7/recog's examples with their expected vendor).</summary>
internal sealed record CorpusRow(string Id, string SourceFile, string Matches, string Text, string Label, string VendorField)
{
    /// <summary>hw.vendor and os.vendor labels name device or operating-system makers; service.vendor ones name software.</summary>
    public bool IsDeviceOrOsMaker => VendorField is "hw.vendor" or "os.vendor";

    /// <summary>
    /// The inventory column that carries this kind of text, or null when NetOrigin has none (favicons, SMTP, ...).
    /// Telnet examples carry no matches value in the corpus; their source file tells them apart.
    /// </summary>
    public string? Column => Matches switch
    {
        "snmp.sys_description" => "sys_descr",
        "snmp.sys_object_id" => "sys_object_id",
        "ssh.banner" => "ssh_banner",
        "http_header.server" => "http_server",
        "html_title" => "html_title",
        "http_header.wwwauth" => "http_www_authenticate",
        "ftp.banner" => "ftp_banner",
        "sip_header.user_agent" or "sip_header.server" => "sip_user_agent",
        "rtsp_header.server" => "rtsp_server",
        "x509.subject" => "tls_subject",
        "x509.issuer" => "tls_issuer",
        "dhcp_vendor_class" => "dhcp_vendor_class",
        "" when SourceFile == "telnet_banners.xml" => "telnet_banner",
        _ => null,
    };

    /// <summary>Reads the corpus TSV by its header names.</summary>
    public static IEnumerable<CorpusRow> Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty")).Split('\t');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no column {name}");
        var (id, file, matches, text, label, field) = (Column("id"), Column("source_file"), Column("recog_matches"), Column("example_text"), Column("expected_vendor"), Column("vendor_field"));
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length < header.Length)
            {
                continue;
            }

            yield return new CorpusRow(cells[id], cells[file], cells[matches], cells[text], cells[label], cells[field]);
        }
    }
}
