using NetOrigin.Entities;

namespace NetOrigin.Identification;

/// <summary>
/// Who made (or provides) one asset: the manufacturer (or null when nothing identifies it), the confidence, every
/// claim that was made and where claims disagree. Nothing is hidden: all claims stay for the evidence chain.
/// </summary>
public sealed record Attribution(
    Organisation? Manufacturer,
    double Confidence,
    IReadOnlyList<ManufacturerClaim> Claims,
    IReadOnlyList<string> Notes,
    string? Disagreement)
{
    /// <summary>
    /// Only the maker of the operating system is known (every supporting claim is an operating-system claim):
    /// <see cref="Manufacturer"/> names it, but who made the device is still unknown.
    /// </summary>
    public bool OperatingSystemOnly { get; init; }

    /// <summary>The maker of the operating system the asset runs, when a claim names it (beside the device's maker).</summary>
    public Organisation? OperatingSystem { get; init; }

    public static readonly Attribution None = new(null, 0, [], [], null);

    private ManufacturerClaim[]? _supporting;

    /// <summary>Claims that back the chosen manufacturer, strongest first (worked out once; reports ask repeatedly).</summary>
    public IReadOnlyList<ManufacturerClaim> Supporting => _supporting ??= SupportingClaims();

    private ManufacturerClaim[] SupportingClaims()
    {
        var count = 0;
        foreach (var claim in Claims)
        {
            count += Supports(claim) ? 1 : 0;
        }

        var supporting = new ManufacturerClaim[count];
        var n = 0;
        foreach (var claim in Claims)
        {
            if (Supports(claim))
            {
                supporting[n++] = claim;
            }
        }

        // Strongest first, keeping the order of equal claims; claims per asset are few, so an insertion sort.
        for (var i = 1; i < supporting.Length; i++)
        {
            var claim = supporting[i];
            var j = i - 1;
            for (; j >= 0 && supporting[j].Confidence < claim.Confidence; j--)
            {
                supporting[j + 1] = supporting[j];
            }

            supporting[j + 1] = claim;
        }

        return supporting;
    }

    /// <summary>A claim for the chosen maker of the kind that decided it (OS claims only for a host known by its OS alone).</summary>
    private bool Supports(ManufacturerClaim claim) => claim.Organisation.Is(Manufacturer) && claim.OperatingSystemOnly == OperatingSystemOnly;

    public string? Product => Supporting.Select(c => c.Product).FirstOrDefault(p => p is not null);

    public string? DeviceType => Supporting.Select(c => c.DeviceType).FirstOrDefault(p => p is not null);
}
