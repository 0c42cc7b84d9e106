using System.Globalization;
using System.Text;
using NetOrigin.Inventory;
using NetOrigin.Reports;

namespace NetOrigin.Samples;

/// <summary>
/// Writes a deterministic, realistic inventory of a regional carrier: sites with core, RAN, transport, access, CPE,
/// management and surveillance gear, crews' radios, and the services they depend on — transit and cloud at central
/// offices, terrestrial backhaul at hubs, satellite backhaul (US and Chinese LEO providers among others, single- or
/// dual-homed) at remote cell sites. Names are spelled as real
/// inventories spell them, fields go missing, some devices are only known by MAC, some rows are broken. Alongside,
/// it records its own ground truth for each row.
/// </summary>
public sealed class SampleNetworkGenerator(int seed)
{
    /// <summary>Expected statuses hold from this date: every Covered List entry the sample touches is in force.</summary>
    public static readonly DateOnly TruthValidFrom = new(2025, 12, 22);

    private static readonly string[] Towns = ["Millbrook", "Cedar Falls", "Ashford", "Red Hollow", "Pine Ridge", "Lakeview", "Stonegate", "Harlan", "Westfield", "Maple Bend", "Granite City", "Brookhaven", "Sutter", "Elk Grove", "Dunmore", "Fairhaven"];
    private static readonly string[] Header =
    [
        "Asset ID", "Hostname", "Kind", "Role", "Use", "Site", "Country", "Operator", "Vendor", "Model", "Part Number",
        "Serial Number", "MAC Address", "sysObjectID", "sysDescr", "Firmware", "Provider", "Service Type", "ASN",
        "Acquired", "Installed",
    ];

    private readonly Random _random = new(seed);
    private int _sequence;

    /// <summary>Writes <paramref name="assets"/> rows as CSV to <paramref name="inventory"/>; truth rows go to <paramref name="truth"/>.</summary>
    public void Write(int assets, TextWriter inventory, TextWriter? truth)
    {
        inventory.Write(string.Join(',', Header) + "\n");
        truth?.Write("id\tline\tmaker_group\texpected_fcc_status\tnote\n");
        long line = 1;
        var written = 0;
        var siteNumber = 0;
        while (written < assets)
        {
            siteNumber++;
            foreach (var row in Site(siteNumber))
            {
                if (written == assets)
                {
                    break;
                }

                line++;
                inventory.Write(row.Csv + "\n");
                truth?.Write($"{row.Truth.Id}\t{line}\t{row.Truth.MakerGroup}\t{row.Truth.ExpectedFccStatus}\t{row.Truth.Note}\n");
                written++;
            }
        }
    }

    private IEnumerable<Row> Site(int number)
    {
        var town = Towns[(number - 1) % Towns.Length];
        var kind = number % 10 == 1 ? "CO" : number % 10 == 5 ? "HUB" : "CELL";
        var site = $"{kind}-{number:D3} {town}";
        if (kind == "CO")
        {
            // A central office: core, aggregation, OLTs, management, cameras at a county building the carrier serves.
            foreach (var row in Devices(site, SampleCatalog.CoreRouters, 2))
            {
                yield return row;
            }

            foreach (var row in Devices(site, SampleCatalog.Access, 3))
            {
                yield return row;
            }

            foreach (var row in Devices(site, SampleCatalog.Management, 3))
            {
                yield return row;
            }

            foreach (var row in Devices(site, SampleCatalog.Cameras, 4))
            {
                yield return row;
            }

            // Transit from two providers (one of them sometimes a listed Chinese carrier), and a cloud.
            yield return Device(site, SampleCatalog.Transit[0]);
            yield return Device(site, Pick(SampleCatalog.Transit[1..]));
            yield return Device(site, Pick(SampleCatalog.Cloud));
        }
        else if (kind == "HUB")
        {
            yield return Device(site, SampleCatalog.TerrestrialBackhaul);
        }

        foreach (var row in Devices(site, SampleCatalog.Ran, kind == "CELL" ? 3 : 1))
        {
            yield return row;
        }

        foreach (var row in Devices(site, SampleCatalog.Transport, 2))
        {
            yield return row;
        }

        foreach (var row in Devices(site, SampleCatalog.CustomerPremises, 14))
        {
            yield return row;
        }

        foreach (var row in Devices(site, SampleCatalog.Cameras, 1))
        {
            yield return row;
        }

        if (number % 3 == 0)
        {
            foreach (var row in Devices(site, SampleCatalog.Radios, 2))
            {
                yield return row;
            }
        }

        // Remote cell sites, out of reach of the carrier's own fibre and microwave, run on satellite backhaul.
        if (kind == "CELL" && (number % 4 == 0 || number % 7 == 0))
        {
            foreach (var row in RemoteBackhaul(site))
            {
                yield return row;
            }
        }
    }

    /// <summary>
    /// A remote cell site's satellite backhaul: single-homed, or dual-homed on terrestrial backhaul or a second
    /// satellite provider of another group. Sites on OneWeb also take Eutelsat's GEO service: two brands of one
    /// controller, so still one dependency.
    /// </summary>
    private IEnumerable<Row> RemoteBackhaul(string site)
    {
        var primary = Pick(SampleCatalog.SatelliteBackhaul);
        yield return Device(site, primary);
        var roll = _random.NextDouble();
        if (primary == SampleCatalog.OneWeb)
        {
            yield return Device(site, SampleCatalog.EutelsatGeo);
        }
        else if (roll < 0.35)
        {
            yield return Device(site, SampleCatalog.TerrestrialBackhaul);
        }
        else if (roll < 0.55)
        {
            yield return Device(site, Pick(SampleCatalog.SatelliteBackhaul.Where(l => l.MakerGroup != primary.MakerGroup).ToArray()));
        }
    }

    private IEnumerable<Row> Devices(string site, ProductLine[] lines, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Device(site, Pick(lines));
        }
    }

    private Row Device(string site, ProductLine line)
    {
        var id = $"A-{++_sequence:D7}";
        var v = new string?[Header.Length];
        v[0] = id;
        v[2] = line.Kind == AssetKind.Service ? "service" : line.Kind == AssetKind.Software ? "software" : Maybe(0.7, "device");
        v[3] = Maybe(0.95, line.Role.ToString().ToLowerInvariant());
        v[5] = site;
        v[6] = "US";
        v[7] = "Prairie Valley Telecom";
        var model = Pick(line.Models);
        v[9] = model;
        v[11] = Maybe(0.6, Serial());
        var acquired = new DateOnly(2014, 1, 1).AddDays(_random.Next(0, 4300));
        v[19] = Maybe(0.8, acquired.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        v[20] = Maybe(0.6, acquired.AddDays(_random.Next(5, 90)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        v[1] = $"{line.Role.ToString().ToLowerInvariant()}-{_sequence:D5}";

        // How identifiable the row is: most rows declare the maker, some only carry a MAC, a few carry nothing usable.
        var roll = _random.NextDouble();
        var identifiable = true;
        var note = "declared";
        if (line.Kind == AssetKind.Service)
        {
            v[16] = Pick(line.Spellings);
            v[17] = line.ServiceType.ToString().ToLowerInvariant();
            if (line.Asn is { } asn && _random.NextDouble() < 0.5)
            {
                v[18] = $"AS{asn}";
            }

            v[1] = $"svc-{_sequence:D5}";
        }
        else if (roll < 0.68 || line.MacPrefixes.Length == 0)
        {
            v[8] = Pick(line.Spellings);
            if (line.MacPrefixes.Length > 0 && _random.NextDouble() < 0.6)
            {
                v[12] = Mac(Pick(line.MacPrefixes));
            }
        }
        else if (roll < 0.84)
        {
            v[12] = Mac(Pick(line.MacPrefixes));
            note = "mac-only";
        }
        else if (roll < 0.90)
        {
            // An operator-branded unit: the inventory names the operator, the MAC names the real maker.
            v[8] = "Prairie Valley Telecom";
            v[12] = Mac(Pick(line.MacPrefixes));
            note = "operator-branded";
        }
        else
        {
            // Nothing but the model: it identifies the maker only if the model names are the maker's own.
            if (roll < 0.95)
            {
                v[12] = RandomisedMac();
                note = "randomised-mac";
            }
            else
            {
                note = "no-identifier";
            }

            identifiable = line.ModelsNameMaker;
            if (identifiable)
            {
                note += "+model";
            }
            else
            {
                v[9] = null;
            }
        }

        if (line.EnterpriseOid is not null && line.Kind == AssetKind.Device && _random.NextDouble() < 0.5)
        {
            v[13] = line.EnterpriseOid;
            v[14] = line.SysDescr;
            identifiable = true;
        }

        var use = line.Role switch
        {
            AssetRole.Surveillance => Pick(["government-facility", "critical-infrastructure", "commercial", "commercial", null]),
            AssetRole.Other => Pick(["public-safety", "commercial", "commercial", null]),
            _ => Maybe(0.3, "commercial"),
        };
        v[4] = use;
        // Ownership is judged when the product was obtained: the acquisition date, else the installation date.
        DateOnly? obtained = v[19] is not null ? acquired : v[20] is not null ? DateOnly.ParseExact(v[20]!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var status = Expected(line, identifiable, use, obtained);
        var row = new Row(Csv(v), new SampleTruth(id, 0, identifiable ? line.MakerGroup : null, status, note));
        return _random.NextDouble() < 0.004 ? Broken(row, v) : row;
    }

    /// <summary>The generator's own reading of the FCC Covered List for this row.</summary>
    private static string Expected(ProductLine line, bool identifiable, string? use, DateOnly? obtained)
    {
        if (!identifiable)
        {
            return "unknown";
        }

        // Without a date the asset is judged as of today, long after any such sale.
        if (line.CoveredUntil is { } until && !(obtained < until))
        {
            return "compliant";
        }

        return line.Covered switch
        {
            CoveredClass.AllEquipment or CoveredClass.Services or CoveredClass.SecuritySoftware => "violation",
            CoveredClass.LimitedUses => use switch
            {
                null => "unknown",
                "public-safety" or "government-facility" or "critical-infrastructure" or "national-security" => "violation",
                _ => "compliant",
            },
            _ => "compliant",
        };
    }

    /// <summary>Damages a row the way real exports get damaged; the truth says it must be rejected.</summary>
    private Row Broken(Row row, string?[] v)
    {
        switch (_random.Next(3))
        {
            case 0:
                v[12] = "30:FB:B8:ZZ:10";
                break;
            case 1:
                v[19] = "31/02/2019";
                break;
            default:
                v[0] = null;
                break;
        }

        return new Row(Csv(v), row.Truth with { Id = v[0] ?? "", ExpectedFccStatus = "rejected", Note = "broken row" });
    }

    private string Mac(string prefix)
    {
        var sb = new StringBuilder(prefix.Length + 12);
        sb.Append(prefix);
        while (sb.Length < 12)
        {
            sb.Append("0123456789ABCDEF"[_random.Next(16)]);
        }

        var hex = sb.ToString();
        return _random.Next(3) switch
        {
            0 => string.Join(':', Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2))),
            1 => string.Join('-', Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2))).ToLowerInvariant(),
            _ => $"{hex[..4]}.{hex[4..8]}.{hex[8..]}".ToLowerInvariant(),
        };
    }

    private string Serial()
    {
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        return string.Create(12, _random, static (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[random.Next(Alphabet.Length)];
            }
        });
    }

    /// <summary>A locally administered unicast MAC, as phones and laptops randomise them.</summary>
    private string RandomisedMac()
    {
        var first = (_random.Next(0, 64) << 2) | 0x02;
        return Mac(first.ToString("X2", CultureInfo.InvariantCulture));
    }

    private string? Maybe(double probability, string value) => _random.NextDouble() < probability ? value : null;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Csv(string?[] values)
    {
        var sb = new StringBuilder(256);
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            CsvCell.Append(sb, values[i]);
        }

        return sb.ToString();
    }

    private sealed record Row(string Csv, SampleTruth Truth);
}
