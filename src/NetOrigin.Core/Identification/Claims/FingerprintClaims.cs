using System.Collections.Concurrent;
using NetOrigin.Entities;
using NetOrigin.Identification.Fingerprints;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>
/// Claims from fingerprints: every observed text (sysDescr, banners, certificate names, DHCP vendor class) is run
/// through the fingerprints for its kind, and the model, part number and entPhysicalModelName through the model-number
/// patterns. The maker is the fingerprint's hw.vendor, or its os.vendor when the graph knows that organisation as a
/// device maker (Cisco for IOS, not Debian for Linux); a software vendor (service.vendor) is noted, never claimed.
/// </summary>
public sealed class FingerprintClaims(FingerprintCatalog catalog, OrganisationResolver resolver) : IClaimSource
{
    /// <summary>A match in a database that states no preference and a fingerprint that states no certainty.</summary>
    public const double DefaultCertainty = 0.75;

    /// <summary>An operating system's maker usually, not always, made the hardware it runs on.</summary>
    private const double OsVendorFactor = 0.85;

    private const int ExcerptLength = 80;

    /// <summary>An operating system's maker says little about the box it runs on.</summary>
    private const double OperatingSystemOnlyFactor = 0.5;

    /// <summary>The device type reported for a host known only by its operating system.</summary>
    public const string OperatingSystemDevice = "host (operating system maker only)";

    /// <summary>Bound on remembered texts, so a hostile inventory with endless distinct banners cannot grow it.</summary>
    private const int MaxCachedTexts = 100_000;

    /// <summary>
    /// Inventories repeat the same models and sysDescrs thousands of times: each distinct text is fingerprinted once
    /// per run and its claims and notes (immutable) are shared.
    /// </summary>
    private readonly ConcurrentDictionary<(FingerprintSet Set, string Text, string Label, DateOnly AsOf), (ManufacturerClaim[] Claims, string[] Notes)> _seen = new();

    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        List<FingerprintMatch>? matches = null;
        foreach (var identifier in asset.Identifiers)
        {
            var set = catalog.For(identifier.Kind);
            if (set.Count > 0)
            {
                Run(set, identifier.Value, Label(identifier.Kind), FieldCatalog.FieldOf(identifier.Kind), asOf, ref matches, claims, notes);
            }
        }

        if (catalog.ModelNumbers.Count > 0)
        {
            if (asset.Model is { } model)
            {
                Run(catalog.ModelNumbers, model, "model", InventoryField.Model, asOf, ref matches, claims, notes);
            }

            if (asset.PartNumber is { } partNumber && partNumber != asset.Model)
            {
                Run(catalog.ModelNumbers, partNumber, "part number", InventoryField.PartNumber, asOf, ref matches, claims, notes);
            }
        }
    }

    private void Run(FingerprintSet set, string text, string label, InventoryField field, DateOnly asOf, ref List<FingerprintMatch>? matches, List<ManufacturerClaim> claims, List<string> notes)
    {
        var key = (set, text, label, asOf);
        if (!_seen.TryGetValue(key, out var outcome))
        {
            var newClaims = new List<ManufacturerClaim>(1);
            var newNotes = new List<string>(0);
            Fingerprint(set, text, label, field, asOf, ref matches, newClaims, newNotes);
            outcome = ([.. newClaims.Select(c => c with { Shared = true })], [.. newNotes]);
            if (_seen.Count < MaxCachedTexts)
            {
                _seen.TryAdd(key, outcome);
            }
        }

        claims.AddRange(outcome.Claims);
        notes.AddRange(outcome.Notes);
    }

    private void Fingerprint(FingerprintSet set, string text, string label, InventoryField field, DateOnly asOf, ref List<FingerprintMatch>? matches, List<ManufacturerClaim> claims, List<string> notes)
    {
        matches ??= new List<FingerprintMatch>(2);
        matches.Clear();
        set.Match(text, matches, notes);
        if (matches.Count == 0)
        {
            return;
        }

        // Two databases that agree on one text are one piece of evidence, not two: the stronger claim stands and
        // names the other fingerprints too, so agreement does not inflate the confidence.
        var excerpt = Excerpt(text);
        var made = new List<(ManufacturerClaim Claim, Fingerprint By, List<Fingerprint> AlsoBy)>(matches.Count);
        foreach (var match in matches)
        {
            var matched = $"{label} '{excerpt}' matches fingerprint '{match.Fingerprint.Description}' ({match.Fingerprint.Database.DisplayPath})";
            if (Claim(match, matched, asOf, notes) is not { } claim)
            {
                continue;
            }

            var same = made.FindIndex(m => m.Claim.Organisation.Id == claim.Organisation.Id);
            if (same < 0)
            {
                made.Add((claim, match.Fingerprint, []));
                continue;
            }

            var (kept, by, alsoBy) = made[same];
            if (claim.Confidence > kept.Confidence)
            {
                alsoBy.Add(by);
                made[same] = (claim with { Product = claim.Product ?? kept.Product, DeviceType = claim.DeviceType ?? kept.DeviceType }, match.Fingerprint, alsoBy);
            }
            else
            {
                alsoBy.Add(match.Fingerprint);
                made[same] = (kept with { Product = kept.Product ?? claim.Product, DeviceType = kept.DeviceType ?? claim.DeviceType }, by, alsoBy);
            }
        }

        foreach (var (claim, by, alsoBy) in made)
        {
            var located = claim with { Field = field, Value = text, Fingerprint = Reference(by) };
            claims.Add(alsoBy.Count == 0 ? located : located with
            {
                Evidence = claim.Evidence + string.Concat(alsoBy.Select(f => $"; also fingerprint '{f.Description}' ({f.Database.DisplayPath})")),
            });
        }
    }

    private ManufacturerClaim? Claim(FingerprintMatch match, string matched, DateOnly asOf, List<string> notes)
    {
        var fingerprint = match.Fingerprint;
        var certainty = fingerprint.Certainty ?? fingerprint.Database.Preference ?? DefaultCertainty;
        string? vendor;
        string role;
        if (match.HwVendor is { } hw)
        {
            (vendor, role) = (hw, ParamNames.HwVendor);
        }
        else if (match.OsVendor is { } os)
        {
            (vendor, role) = (os, ParamNames.OsVendor);
            certainty *= OsVendorFactor;
        }
        else
        {
            notes.Add(match.ServiceVendor is { } software
                ? $"{matched}, which names the software's maker ({ParamNames.ServiceVendor} '{software}'), not the device's"
                : $"{matched}, which names no maker");
            return null;
        }

        if (match.ServiceVendor is { } service && !string.Equals(OrganisationNames.CoreKey(service), OrganisationNames.CoreKey(vendor), StringComparison.Ordinal))
        {
            notes.Add($"{matched}: it runs software by {service} ({ParamNames.ServiceVendor}) on {vendor}'s {(role == ParamNames.HwVendor ? "hardware" : "operating system")}");
        }

        // A vendor named by a fingerprint is a maker even when the organisation data does not know it. An operating
        // system's vendor counts as the device's maker only when the data knows it makes devices (Cisco for IOS);
        // otherwise (Debian, FreeBSD) the claim names the host's operating system only.
        var resolution = resolver.ResolveRegistered(vendor, asOf, out var resembles);
        if (resolution is null)
        {
            notes.Add(resembles is not null
                ? $"{matched}, which names {role} '{vendor}': this resembles {resembles.Name} but is not a known spelling of it; check it (not attributed)"
                : $"{matched}, which names {role} '{vendor}', a name too short to attribute");
            return null;
        }

        var operatingSystemOnly = role == ParamNames.OsVendor
            && (!resolution.Organisation.Listed || resolution.Organisation.Kind != OrganisationKind.Manufacturer);

        // A loose name match or a brand is a step further from the maker than an exact name.
        if (resolution.Loose)
        {
            certainty -= 0.05;
        }

        if (resolution.Brand is not null)
        {
            certainty -= 0.05;
        }

        var reached = resolution.Brand is not null ? resolution.Explanation
            : resolution.Organisation.Listed ? resolution.Organisation.Name
            : $"{resolution.Organisation.Name} (not in the organisation data)";
        if (operatingSystemOnly)
        {
            return new ManufacturerClaim(
                resolution.Organisation,
                Math.Round(certainty * OperatingSystemOnlyFactor, 3),
                "fingerprint (operating system)",
                $"{matched} → {role} '{vendor}' → {reached}: the operating system's maker, not the device's",
                fingerprint.Database.Citation,
                resolution.Brand,
                match.OsProduct,
                OperatingSystemDevice)
            {
                OperatingSystemOnly = true,
            };
        }

        return new ManufacturerClaim(
            resolution.Organisation,
            Math.Round(certainty, 3),
            "fingerprint",
            $"{matched} → {role} '{vendor}' → {reached}",
            fingerprint.Database.Citation,
            resolution.Brand,
            match.HwProduct ?? match.OsProduct,
            match.HwDevice);
    }

    private static FingerprintReference Reference(Fingerprint fingerprint) =>
        new(fingerprint.Database.DisplayPath, fingerprint.Line, fingerprint.Description, fingerprint.Database.Version);

    /// <summary>The text as evidence shows it: on one line, and cut short when long.</summary>
    internal static string Excerpt(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= ExcerptLength ? oneLine : string.Concat(oneLine.AsSpan(0, ExcerptLength), "…");
    }

    private static string Label(IdentifierKind kind) => kind switch
    {
        IdentifierKind.SysDescr => "sysDescr",
        IdentifierKind.SysObjectId => "sysObjectID",
        IdentifierKind.EntModelName => "entPhysicalModelName",
        IdentifierKind.SshBanner => "SSH banner",
        IdentifierKind.HttpServer => "HTTP Server header",
        IdentifierKind.HtmlTitle => "HTML title",
        IdentifierKind.HttpWwwAuthenticate => "WWW-Authenticate",
        IdentifierKind.TelnetBanner => "Telnet banner",
        IdentifierKind.FtpBanner => "FTP banner",
        IdentifierKind.SipUserAgent => "SIP User-Agent",
        IdentifierKind.RtspServer => "RTSP Server header",
        IdentifierKind.TlsSubject => "TLS certificate subject",
        IdentifierKind.TlsIssuer => "TLS certificate issuer",
        IdentifierKind.DhcpVendorClass => "DHCP vendor class",
        IdentifierKind.Banner => "banner",
        _ => FieldCatalog.ToSnakeCase(kind.ToString()),
    };
}
