using NetOrigin.ReferenceData;

namespace NetOrigin.Entities;

/// <summary>A company, state body, fund or person that makes, provides, owns or controls something.</summary>
public sealed class Organisation
{
    public required string Id { get; init; }

    /// <summary>The legal name.</summary>
    public required string Name { get; init; }
    internal string? CommonName { get; init; }
    public OrganisationKind Kind { get; internal init; }

    /// <summary>Country of headquarters (ISO 3166-1 alpha-2).</summary>
    public string? Country { get; internal init; }

    /// <summary>For state bodies: the state they belong to.</summary>
    public string? State { get; internal init; }
    internal IReadOnlyList<string> Aliases { get; init; } = [];
    internal IReadOnlyList<string> Categories { get; init; } = [];
    internal IReadOnlyList<long> Asns { get; init; } = [];

    /// <summary>Set when the organisation's names and numbers, found in a device, name a part or the OS rather than the device's maker.</summary>
    internal PartRole InsideDevices { get; init; }
    internal IReadOnlyList<Source> Sources { get; init; } = [];
    internal bool Unverified { get; init; }

    /// <summary>
    /// Uses every asset this organisation operates has in its own country (a designated operator of critical
    /// information infrastructure), each with its sources: rules scoped by such a use reach its assets.
    /// </summary>
    internal IReadOnlyList<OperatorUse> OperatorUses { get; init; } = [];

    /// <summary>Where it was defined, for messages.</summary>
    internal string DefinedAt { get; init; } = "";

    /// <summary>
    /// False for an organisation known only by the name an authoritative registry or fingerprint gives it: it made
    /// the asset, but the organisation data records nothing about it (no owners, no categories).
    /// </summary>
    public bool Listed { get; internal init; } = true;

    public string DisplayName => CommonName ?? Name;

    /// <summary>An organisation outside the organisation data, named as <paramref name="registeredName"/>.</summary>
    internal static Organisation Unlisted(string registeredName)
    {
        var name = string.Join(' ', registeredName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new Organisation
        {
            Id = "unlisted:" + OrganisationNames.Key(name).Replace(' ', '-'),
            Name = name,
            CommonName = OrganisationNames.WithoutLegalSuffix(name) is var common && common.Length > 0 && common != name ? common : null,
            Kind = OrganisationKind.Manufacturer,
            Listed = false,
            Unverified = true,
            DefinedAt = "not in the organisation data",
        };
    }

    internal bool IsStateBody => Kind == OrganisationKind.StateBody;

    /// <summary>
    /// Whether both name one organisation. Organisations are compared by id, never by object: two objects may stand
    /// for one maker outside the organisation data (each resolver cache makes its own).
    /// </summary>
    internal bool Is(Organisation? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    public override string ToString() => Name;
}
