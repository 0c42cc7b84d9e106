namespace NetOrigin.Bench.Accuracy;

/// <summary>The labelled development corpora the benchmark knows how to read.</summary>
internal enum CorpusKind
{
    /// <summary>Banners, SNMP descriptions, certificate names and other service texts with their vendor (recog's examples).</summary>
    Banners,

    /// <summary>SNMP answers of real devices (sysObjectID, sysDescr, ENTITY-MIB maker) with a vendor label and an OS family.</summary>
    Snmp,

    /// <summary>Model and part numbers with their manufacturer.</summary>
    Models,
}

/// <summary>
/// One labelled corpus row as the benchmark uses it: the inventory fields it becomes, its label and what kind of
/// maker the label names, the slice it is reported in and its device family (which decides its half).
/// </summary>
internal sealed record LabelledRow(
    string Id,
    string Slice,
    string Family,
    IReadOnlyList<(string Column, string Value)> Fields,
    string Label,
    string VendorField)
{
    public string Half => CorpusSplit.HalfOf(Family);

    /// <summary>hw.vendor and os.vendor labels name device or operating-system makers; service.vendor ones name software.</summary>
    public bool IsDeviceOrOsMaker => VendorField is "hw.vendor" or "os.vendor";

    public bool IsOsLabel => VendorField == "os.vendor";

    /// <summary>The row's texts on one line, for reports.</summary>
    public string Text => string.Join(" ‖ ", Fields.Select(f => f.Value));
}

internal static class Corpus
{
    public static CorpusKind ParseKind(string text) => text switch
    {
        "banners" => CorpusKind.Banners,
        "snmp" => CorpusKind.Snmp,
        "models" => CorpusKind.Models,
        _ => throw new ArgumentException($"unknown corpus kind '{text}' (banners, snmp or models)"),
    };

    /// <summary>Every row of the corpus, including rows with no inventory field (Fields empty), so they can be counted.</summary>
    public static IEnumerable<LabelledRow> Read(CorpusKind kind, string path)
    {
        foreach (var cells in Tsv(path))
        {
            yield return kind switch
            {
                CorpusKind.Banners => Banner(cells),
                CorpusKind.Snmp => Snmp(cells),
                _ => Model(cells),
            };
        }
    }

    private static LabelledRow Banner(Func<string, string> cell)
    {
        var (matches, file, text) = (cell("recog_matches"), cell("source_file"), cell("example_text"));
        var column = BannerColumn(matches, file);
        if (column == "sys_object_id")
        {
            // The corpus's sysObjectID examples carry the sysDescr after the OID; the OID alone is the identifier.
            text = text.Split(' ', 2)[0];
        }

        var fields = column is null || text.Trim().Length == 0 ? [] : new[] { (column, text) };
        var family = CorpusSplit.BannerFamily(cell("expected_vendor"), cell("expected_product"), cell("fingerprint_description"), file);
        return new LabelledRow(cell("id"), column ?? "(none)", family, fields, cell("expected_vendor"), cell("vendor_field"));
    }

    private static LabelledRow Snmp(Func<string, string> cell)
    {
        var fields = new List<(string, string)>(3);
        foreach (var (column, name) in new[] { ("sys_object_id", "sysObjectID"), ("sys_descr", "sysDescr"), ("ent_mfg_name", "entPhysicalMfgName") })
        {
            if (cell(name).Trim().Length > 0)
            {
                fields.Add((column, cell(name)));
            }
        }

        return new LabelledRow(cell("id"), "snmp", cell("os").Trim().ToLowerInvariant(), fields, cell("vendor"), "hw.vendor");
    }

    private static LabelledRow Model(Func<string, string> cell)
    {
        var fields = new List<(string, string)>(2);
        if (cell("model").Trim().Length > 0)
        {
            fields.Add(("model", cell("model")));
        }

        if (cell("part_number").Trim().Length > 0 && cell("part_number") != cell("model"))
        {
            fields.Add(("part_number", cell("part_number")));
        }

        return new LabelledRow(cell("id"), "model", CorpusSplit.ModelSeries(cell("manufacturer"), cell("model")), fields, cell("manufacturer"), "hw.vendor");
    }

    /// <summary>
    /// The inventory column for a banner corpus row's kind of text. Service texts whose protocol has no column of its
    /// own (mDNS device-info, SMB native OS, NTP and DNS version strings, database, mail and printer greetings) go to
    /// the generic banner column; hashes (favicons, JARM) are not texts and have no column.
    /// </summary>
    private static string? BannerColumn(string matches, string sourceFile) => matches switch
    {
        "snmp.sys_description" => "sys_descr",
        "snmp.sys_object_id" => "sys_object_id",
        "ssh.banner" => "ssh_banner",
        "http_header.server" or "apache_os" => "http_server",
        "html_title" => "html_title",
        "http_header.wwwauth" => "http_www_authenticate",
        "ftp.banner" => "ftp_banner",
        "sip_header.user_agent" or "sip_header.server" => "sip_user_agent",
        "rtsp_header.server" => "rtsp_server",
        "x509.subject" => "tls_subject",
        "x509.issuer" => "tls_issuer",
        "dhcp_vendor_class" => "dhcp_vendor_class",
        "" when sourceFile == "telnet_banners.xml" => "telnet_banner",
        "favicon.md5" or "tls.jarm" => null,
        _ => "banner",
    };

    private static IEnumerable<Func<string, string>> Tsv(string path)
    {
        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty")).Split('\t');
        var index = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var cells = text.Split('\t');
            if (cells.Length < header.Length)
            {
                throw new InvalidDataException($"{path}:{line}: {cells.Length} cells, the header has {header.Length}");
            }

            yield return name => index.TryGetValue(name, out var i) ? cells[i] : throw new InvalidDataException($"{path}: no column {name}");
        }
    }
}
