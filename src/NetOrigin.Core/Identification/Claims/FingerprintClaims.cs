using NetOrigin.Caching;
using NetOrigin.Entities;
using NetOrigin.Identification.Fingerprints;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>
/// Claims from fingerprints: every observed text (sysDescr, banners, certificate names, DHCP vendor class) is run
/// through the fingerprints for its kind, and the model, part number and entPhysicalModelName through the model-number
/// patterns. A fingerprint's hw.vendor is claimed as the device's maker; its os.vendor as the operating system's
/// maker, and as the device's too when the data knows that organisation makes the hardware its OS runs on (Cisco
/// for IOS, not Debian for Linux, not Microsoft for Windows). A software vendor (service.vendor) is noted, never
/// claimed. A description that names no maker is searched for a model number (embedded systems put the model in
/// the host name or the text: "Linux GXW4200 2.6.28", "… Cisco Small Business WAP121 …"). sysObjectID subtrees
/// are read with the enterprise number (<see cref="EnterpriseNumberClaims"/>), not here.
/// </summary>
internal sealed class FingerprintClaims(FingerprintCatalog catalog, OrganisationResolver resolver, MakerNameIndex? makerNames = null) : IClaimSource
{
    /// <summary>A match in a database that states no preference and a fingerprint that states no certainty.</summary>
    public const double DefaultCertainty = 0.75;

    /// <summary>An operating system's maker usually, not always, made the hardware it runs on.</summary>
    private const double OsVendorFactor = 0.85;

    private const int ExcerptLength = 80;

    /// <summary>An operating system's maker says little about the box it runs on.</summary>
    private const double OperatingSystemOnlyFactor = 0.5;

    /// <summary>A model number found inside a longer text (a host name can be changed) counts a little less than the field.</summary>
    private const double ModelInTextFactor = 0.85;

    /// <summary>Bound on the words of one text searched for a model number.</summary>
    private const int MaxModelWords = 48;

    /// <summary>The device type reported for a host known only by its operating system.</summary>
    public const string OperatingSystemDevice = "host (operating system maker only)";

    /// <summary>Bound on remembered texts, so a hostile inventory with endless distinct banners cannot grow it.</summary>
    private const int MaxCachedTexts = 100_000;

    /// <summary>A maker's name opening a device's own text names the maker nearly as well as a fingerprint.</summary>
    private const double MakerNameCertainty = 0.7;

    /// <summary>A maker's name further into a text is weaker: it may name a partner or a compatible product.</summary>
    private const double MakerNameInsideCertainty = 0.55;

    /// <summary>How far a maker's name in a host name or kernel build names the device's maker: weakly (host names are chosen).</summary>
    private const double MakerInHostNameCertainty = 0.5;

    private static readonly System.Text.RegularExpressions.Regex UnixDescription = new(
        @"^\s*(?:Linux|FreeBSD|NetBSD|OpenBSD)\s+(?<host>\S+)\s+(?<release>\S+)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture,
        TimeSpan.FromMilliseconds(50));

    private static readonly System.Text.RegularExpressions.Regex NonLetters = new(@"[^\p{L}]+", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));

    /// <summary>Words common in host names and kernel builds that happen to be, or resemble, company names.</summary>
    private static readonly HashSet<string> HostNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "localhost", "host", "hostname", "server", "router", "switch", "gateway", "firewall", "controller", "linux", "generic",
        "kernel", "smp", "preempt", "none", "snmp", "test", "lab", "prod", "dev", "node", "core", "edge", "access", "main", "backup",
        "default", "private", "removed", "unknown", "example", "domain", "local", "home", "office", "rel", "release",
    };

    /// <summary>CPU architecture names a uname-style text ends with ("armv7l" is matched by its prefix).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Architectures = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "arm64", "armel", "armhf", "armeb", "aarch64", "aarch64_be", "x86", "x86_64", "amd64", "i386", "i486", "i586", "i686", "ia64",
        "mips", "mipsel", "mipseb", "mips64", "mips64el", "mips64eb", "ppc", "ppcle", "ppc64", "ppc64le", "powerpc", "powerpc64", "powerpc64le",
        "m68k", "sh3", "sh4", "sh4a", "riscv32", "riscv64", "sparc", "sparc64", "sparcv9", "s390", "s390x", "alpha", "parisc", "parisc64");

    /// <summary>
    /// Words of a text that are never a maker's model, though they mix letters and digits: CPU architectures
    /// ("armv7l", "x86_64", "m68k", "mips64el"), which a uname-style sysDescr ends with, and dotted version strings
    /// ("2.6.36.4brcmarm", "5.15.0-134-generic", "V6.2.0eT183"), which name a release. Plain code, no regex: it
    /// runs on every candidate word.
    /// </summary>
    private static bool NeverAModel(string word)
    {
        if (Architectures.Contains(word) || (word.Length > 4 && word.StartsWith("armv", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(word[4])))
        {
            return true;
        }

        var start = word.Length > 0 && word[0] is 'v' or 'V' ? 1 : 0;
        var digits = start;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        return digits > start && digits + 1 < word.Length && word[digits] == '.' && char.IsAsciiDigit(word[digits + 1]);
    }

    private static readonly char[] WordSeparators = [' ', '\t', '\r', '\n', ',', ';', '(', ')', '[', ']', '"', '\'', '=', '|', '<', '>', '{', '}'];

    /// <summary>
    /// Inventories repeat the same models and sysDescrs thousands of times: each distinct text is fingerprinted once
    /// per run and its claims and notes (immutable) are shared.
    /// </summary>
    private readonly BoundedCache<(FingerprintSet Set, string Text, string Label, DateOnly AsOf), (ManufacturerClaim[] Claims, string[] Notes)> _seen = new(MaxCachedTexts);

    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        List<FingerprintMatch>? matches = null;
        foreach (var identifier in asset.Identifiers)
        {
            if (identifier.Kind == IdentifierKind.SysObjectId)
            {
                continue;
            }

            var set = catalog.For(identifier.Kind);
            if (set.Count > 0)
            {
                Run(set, identifier.Value, Label(identifier.Kind), FieldCatalog.FieldOf(identifier.Kind), ClaimWitness.SelfDescription, identifier.Kind is IdentifierKind.SysDescr or IdentifierKind.HtmlTitle, asOf, ref matches, claims, notes);
            }
        }

        if (catalog.ModelNumbers.Count > 0)
        {
            if (asset.Model is { } model)
            {
                Run(catalog.ModelNumbers, model, "model", InventoryField.Model, ClaimWitness.Declared, false, asOf, ref matches, claims, notes);
            }

            if (asset.PartNumber is { } partNumber && partNumber != asset.Model)
            {
                Run(catalog.ModelNumbers, partNumber, "part number", InventoryField.PartNumber, ClaimWitness.Declared, false, asOf, ref matches, claims, notes);
            }
        }
    }

    private void Run(FingerprintSet set, string text, string label, InventoryField field, ClaimWitness witness, bool searchModels, DateOnly asOf, ref List<FingerprintMatch>? matches, List<ManufacturerClaim> claims, List<string> notes)
    {
        var key = (set, text, label, asOf);
        if (!_seen.TryGetValue(key, out var outcome))
        {
            var newClaims = new List<ManufacturerClaim>(1);
            var newNotes = new List<string>(0);
            Fingerprint(set, text, label, asOf, ref matches, newClaims, newNotes);
            for (var i = 0; i < newClaims.Count; i++)
            {
                newClaims[i] = newClaims[i] with { Witness = witness, Field = field, Value = text };
            }

            if (searchModels && !newClaims.Exists(c => !c.OperatingSystemOnly))
            {
                // A model number picked out of a text is a guess at the maker, not the device naming it: it never
                // outranks a registry number.
                ModelInText(text, label, asOf, ref matches, newClaims, newNotes);
            }

            if (witness == ClaimWitness.SelfDescription && !newClaims.Exists(c => !c.OperatingSystemOnly))
            {
                MakerNameInText(text, label, asOf, newClaims);
            }

            if (set == catalog.For(IdentifierKind.SysDescr) && !newClaims.Exists(c => !c.OperatingSystemOnly))
            {
                MakerInHostName(text, asOf, newClaims);
            }

            outcome = _seen.Add(key, ([.. newClaims.Select(c => c with { Shared = true, Field = c.Field ?? field, Value = c.Value ?? text })], [.. newNotes]));
        }

        claims.AddRange(outcome.Claims);
        notes.AddRange(outcome.Notes);
    }

    /// <summary>The first word of the text that the model-number patterns take for a maker's model, as a claim.</summary>
    private void ModelInText(string text, string label, DateOnly asOf, ref List<FingerprintMatch>? matches, List<ManufacturerClaim> claims, List<string> notes)
    {
        var models = catalog.ModelNumbers;
        if (models.Count == 0)
        {
            return;
        }

        matches ??= new List<FingerprintMatch>(2);
        var words = text.Split(WordSeparators, MaxModelWords + 1, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var word in words.Length > MaxModelWords ? words[..MaxModelWords] : words)
        {
            var candidate = word.TrimEnd('.', ':', '!');
            if (candidate.Length is < 3 or > 40 || !candidate.Any(char.IsAsciiDigit) || !candidate.Any(char.IsAsciiLetter) || NeverAModel(candidate))
            {
                continue;
            }

            matches.Clear();
            models.Match(candidate, matches, notes);
            foreach (var match in matches)
            {
                if (match.HwVendor is null)
                {
                    continue;
                }

                var matched = $"{label} '{Excerpt(text)}' carries model '{candidate}', which matches fingerprint '{match.Fingerprint.Description}' ({match.Fingerprint.Database.DisplayPath})";
                foreach (var claim in Claims(match, matched, asOf, notes))
                {
                    claims.Add(claim with { Confidence = Math.Round(claim.Confidence * ModelInTextFactor, 3), Basis = "model number in " + label, Fingerprint = Reference(match.Fingerprint) });
                }

                return;
            }
        }
    }

    /// <summary>
    /// A listed maker's name in a text no fingerprint attributed. A text that opens with the name describes the device
    /// ("Teleste Luminato …") and counts as its self-description; a name further on may be a partner's or a
    /// compatible product's, so it counts less and never outranks a registry number.
    /// </summary>
    private void MakerNameInText(string text, string label, DateOnly asOf, List<ManufacturerClaim> claims)
    {
        if (makerNames?.Find(text) is not { } found)
        {
            return;
        }

        var organisation = found.Organisation;
        // The name as the resolver reads it carries succession (a bought company's name leads to today's maker).
        var resolution = resolver.Resolve(found.Words, asOf);
        var same = resolution is not null && resolution.Named.Is(organisation);
        var current = same ? resolution!.Organisation : organisation;
        var evidence = $"{label} '{Excerpt(text)}' {(found.Opening ? "opens with" : "names")} the maker name '{found.Words}' → {(same ? resolution!.Reached : organisation.Name)}";
        if ((organisation.InsideDevices & PartRole.OperatingSystem) != 0)
        {
            claims.Add(new ManufacturerClaim(current, Math.Round(MakerNameCertainty * OperatingSystemOnlyFactor, 3), "maker name in " + label + " (operating system)", evidence + ": the operating system's maker, not the device's", null, null, null, OperatingSystemDevice)
            {
                OperatingSystemOnly = true,
                Witness = ClaimWitness.Declared,
            });
            return;
        }

        claims.Add(new ManufacturerClaim(current, found.Opening ? MakerNameCertainty : MakerNameInsideCertainty, "maker name in " + label, evidence, null)
        {
            Witness = found.Opening ? ClaimWitness.SelfDescription : ClaimWitness.Declared,
        });
    }

    /// <summary>
    /// A Unix-like sysDescr ("Linux HOST RELEASE …") carries the host name and the kernel build, which embedded
    /// systems often name after their maker ("Linux unitrends 3.10…", "…-rubrik6-generic"). A word there that is a
    /// listed device maker's exact name is weak evidence of that maker.
    /// </summary>
    private void MakerInHostName(string text, DateOnly asOf, List<ManufacturerClaim> claims)
    {
        if (UnixDescription.Match(text) is not { Success: true } unix)
        {
            return;
        }

        foreach (var group in new[] { unix.Groups["host"], unix.Groups["release"] })
        {
            foreach (var word in NonLetters.Split(group.Value))
            {
                if (word.Length < 3 || word.Length > 24 || HostNameWords.Contains(word) || resolver.ResolveNamed(word, asOf) is not { Loose: false } named)
                {
                    continue;
                }

                var organisation = named.Organisation;
                if (!organisation.Listed || organisation.Kind != OrganisationKind.Manufacturer || organisation.InsideDevices != PartRole.None || (word.Length < 4 && !word.All(char.IsUpper)))
                {
                    continue;
                }

                var resolution = resolver.Resolve(word, asOf)!;
                claims.Add(new ManufacturerClaim(
                    resolution.Organisation,
                    MakerInHostNameCertainty,
                    "maker name in sysDescr host name",
                    $"sysDescr '{Excerpt(text)}' names '{word}' in its {(group.Name == "host" ? "host name" : "kernel build")} → {resolution.Reached}",
                    null)
                {
                    Witness = ClaimWitness.Declared,
                });
                return;
            }
        }
    }

    private void Fingerprint(FingerprintSet set, string text, string label, DateOnly asOf, ref List<FingerprintMatch>? matches, List<ManufacturerClaim> claims, List<string> notes)
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
            foreach (var claim in Claims(match, matched, asOf, notes))
            {
                var same = made.FindIndex(m => m.Claim.Organisation.Is(claim.Organisation) && m.Claim.OperatingSystemOnly == claim.OperatingSystemOnly);
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
        }

        foreach (var (claim, by, alsoBy) in made)
        {
            var located = claim with { Fingerprint = Reference(by) };
            claims.Add(alsoBy.Count == 0 ? located : located with
            {
                Evidence = claim.Evidence + string.Concat(alsoBy.Select(f => $"; also fingerprint '{f.Description}' ({f.Database.DisplayPath})")),
            });
        }
    }

    /// <summary>The device claim (hw.vendor, or an os.vendor that makes its own hardware) and the OS claim (os.vendor) a match makes.</summary>
    private List<ManufacturerClaim> Claims(FingerprintMatch match, string matched, DateOnly asOf, List<string> notes)
    {
        var made = new List<ManufacturerClaim>(2);
        var fingerprint = match.Fingerprint;
        var certainty = fingerprint.Certainty ?? fingerprint.Database.Preference ?? DefaultCertainty;
        if (match.HwVendor is null && match.OsVendor is null)
        {
            notes.Add(match.ServiceVendor is { } software
                ? $"{matched}, which names the software's maker ({ParamNames.ServiceVendor} '{software}'), not the device's"
                : $"{matched}, which names no maker");
            return made;
        }

        var vendor = match.HwVendor ?? match.OsVendor!;
        if (match.ServiceVendor is { } service && !string.Equals(OrganisationNames.CoreKey(service), OrganisationNames.CoreKey(vendor), StringComparison.Ordinal))
        {
            notes.Add($"{matched}: it runs software by {service} ({ParamNames.ServiceVendor}) on {vendor}'s {(match.HwVendor is not null ? "hardware" : "operating system")}");
        }

        if (match.HwVendor is { } hw && Resolve(hw, ParamNames.HwVendor, matched, asOf, notes) is { } device)
        {
            made.Add(DeviceClaim(device, certainty, $"{matched} → {ParamNames.HwVendor} '{hw}' → {device.Reached}", match));
        }

        if (match.OsVendor is { } os && Resolve(os, ParamNames.OsVendor, matched, asOf, notes) is { } system)
        {
            var evidence = $"{matched} → {ParamNames.OsVendor} '{os}' → {system.Reached}";
            var makesHardware = system.Organisation is { Listed: true, Kind: OrganisationKind.Manufacturer } && (system.Organisation.InsideDevices & PartRole.OperatingSystem) == 0;
            if (match.HwVendor is null && makesHardware)
            {
                // The OS runs on its maker's own hardware (IOS on Cisco's): it names the device's maker too.
                made.Add(DeviceClaim(system, certainty * OsVendorFactor, evidence, match));
            }

            made.Add(new ManufacturerClaim(
                system.Organisation,
                Math.Round(Weighed(certainty, system) * OperatingSystemOnlyFactor, 3),
                "fingerprint (operating system)",
                $"{evidence}: the operating system's maker{(makesHardware ? "" : ", not the device's")}",
                fingerprint.Database.Citation,
                system.Brand,
                match.OsProduct,
                OperatingSystemDevice)
            {
                OperatingSystemOnly = true,
            });
        }

        return made;
    }

    private ManufacturerClaim DeviceClaim(NameResolution resolution, double certainty, string evidence, FingerprintMatch match) => new(
        resolution.Organisation,
        Math.Round(Weighed(certainty, resolution), 3),
        "fingerprint",
        evidence,
        match.Fingerprint.Database.Citation,
        resolution.Brand,
        match.HwProduct ?? match.OsProduct,
        match.HwDevice);

    /// <summary>A loose name match or a brand is a step further from the maker than an exact name.</summary>
    private static double Weighed(double certainty, NameResolution resolution) =>
        certainty - (resolution.Loose ? 0.05 : 0) - (resolution.Brand is not null ? 0.05 : 0);

    /// <summary>
    /// A vendor named by a fingerprint is a maker even when the organisation data does not know it; a name that
    /// resembles a listed organisation without being one of its spellings is not attributed.
    /// </summary>
    private NameResolution? Resolve(string vendor, string role, string matched, DateOnly asOf, List<string> notes)
    {
        var resolution = resolver.ResolveRegistered(vendor, asOf, out var resembles);
        if (resolution is null)
        {
            notes.Add(resembles is not null
                ? $"{matched}, which names {role} '{vendor}': this resembles {resembles.Name} but is not a known spelling of it; check it (not attributed)"
                : $"{matched}, which names {role} '{vendor}', a name too short to attribute");
        }

        return resolution;
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
