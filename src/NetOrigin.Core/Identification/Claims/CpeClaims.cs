using System.Collections.Concurrent;
using NetOrigin.Entities;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>
/// Claims from CPE names (from a scanner's OS and service detection, or a BOM component's <c>cpe</c>). The vendor of
/// a hardware CPE (<c>cpe:/h:…</c>) names the device's maker; the vendor of an operating-system CPE (<c>cpe:/o:…</c>)
/// names it only when the organisation data knows that vendor makes devices (Huawei for VRP, not Linux for the
/// kernel), and otherwise names the host's operating system only. An application CPE (<c>cpe:/a:…</c>) names the
/// software's maker, which is noted, never claimed for the device.
/// </summary>
internal sealed class CpeClaims(OrganisationResolver resolver) : IClaimSource
{
    private const double HardwareConfidence = 0.8;
    private const double OperatingSystemFactor = 0.85;
    private const double OperatingSystemOnlyFactor = 0.5;
    private const int MaxCached = 100_000;

    private readonly ConcurrentDictionary<(string Cpe, DateOnly AsOf), (ManufacturerClaim? Claim, string? Note)> _seen = new();

    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        foreach (var identifier in asset.Identifiers)
        {
            if (identifier.Kind != IdentifierKind.Cpe)
            {
                continue;
            }

            if (!_seen.TryGetValue((identifier.Value, asOf), out var outcome))
            {
                outcome = Look(identifier.Value, asOf);
                if (_seen.Count < MaxCached)
                {
                    _seen.TryAdd((identifier.Value, asOf), outcome);
                }
            }

            if (outcome.Claim is { } claim && !claims.Contains(claim))
            {
                claims.Add(claim);
            }

            if (outcome.Note is { } note && !notes.Contains(note))
            {
                notes.Add(note);
            }
        }
    }

    private (ManufacturerClaim?, string?) Look(string text, DateOnly asOf)
    {
        if (CpeName.Parse(text) is not { } cpe)
        {
            return (null, $"CPE '{text}' is not a CPE name this reads (cpe:/part:vendor:product or cpe:2.3:part:vendor:product)");
        }

        if (cpe.Part == 'a')
        {
            return (null, $"CPE {text} names an application by '{cpe.Vendor}', the software's maker, not the device's");
        }

        var resolution = resolver.ResolveRegistered(cpe.Vendor, asOf, out var resembles);
        if (resolution is null)
        {
            return (null, resembles is not null
                ? $"CPE {text} names vendor '{cpe.Vendor}': this resembles {resembles.Name} but is not a known spelling of it; check it (not attributed)"
                : $"CPE {text} names vendor '{cpe.Vendor}', a name too short to attribute");
        }

        var organisation = resolution.Organisation;
        var reached = resolution.Brand is not null ? resolution.Explanation
            : organisation.Listed ? organisation.Name
            : $"{organisation.Name} (not in the organisation data)";
        var certainty = resolution.Loose || resolution.Brand is not null ? HardwareConfidence - 0.05 : HardwareConfidence;
        if (cpe.Part == 'h')
        {
            return (new ManufacturerClaim(organisation, certainty, "CPE (hardware)", $"CPE {text} → hardware vendor '{cpe.Vendor}' → {reached}", null, resolution.Brand, cpe.Product) { Shared = true }, null);
        }

        var makesDevices = organisation.Listed && organisation.Kind == OrganisationKind.Manufacturer;
        if (makesDevices)
        {
            return (new ManufacturerClaim(organisation, Math.Round(certainty * OperatingSystemFactor, 3), "CPE (operating system)", $"CPE {text} → operating-system vendor '{cpe.Vendor}' → {reached}, a device maker", null, resolution.Brand, cpe.Product) { Shared = true }, null);
        }

        return (new ManufacturerClaim(organisation, Math.Round(certainty * OperatingSystemOnlyFactor, 3), "CPE (operating system)", $"CPE {text} → operating-system vendor '{cpe.Vendor}' → {reached}: the operating system's maker, not the device's", null, resolution.Brand, cpe.Product, FingerprintClaims.OperatingSystemDevice)
        {
            Shared = true,
            OperatingSystemOnly = true,
        }, null);
    }
}

/// <summary>The part, vendor and product of a CPE 2.2 URI (cpe:/h:vendor:product) or 2.3 formatted string (cpe:2.3:h:vendor:product:…).</summary>
internal sealed record CpeName(char Part, string Vendor, string? Product)
{
    public static CpeName? Parse(string text)
    {
        string[] parts;
        if (text.StartsWith("cpe:2.3:", StringComparison.OrdinalIgnoreCase))
        {
            parts = text[8..].Split(':');
        }
        else if (text.StartsWith("cpe:/", StringComparison.OrdinalIgnoreCase))
        {
            parts = text[5..].Split(':');
        }
        else
        {
            return null;
        }

        if (parts.Length < 2 || parts[0].Length != 1 || "aho".IndexOf(char.ToLowerInvariant(parts[0][0])) < 0)
        {
            return null;
        }

        var vendor = Words(parts[1]);
        if (vendor is null)
        {
            return null;
        }

        return new CpeName(char.ToLowerInvariant(parts[0][0]), vendor, parts.Length > 2 ? Words(parts[2]) : null);
    }

    /// <summary>CPE writes names lower-case with underscores for spaces and backslashes before punctuation.</summary>
    private static string? Words(string component)
    {
        var text = component.Replace("\\", "", StringComparison.Ordinal).Replace('_', ' ').Trim();
        return text.Length == 0 || text is "*" or "-" ? null : Uri.UnescapeDataString(text);
    }
}
