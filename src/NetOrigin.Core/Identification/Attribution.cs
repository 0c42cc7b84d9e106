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
    public static readonly Attribution None = new(null, 0, [], [], null);

    private ManufacturerClaim[]? _supporting;

    /// <summary>Claims that back the chosen manufacturer, strongest first (worked out once; reports ask repeatedly).</summary>
    public IReadOnlyList<ManufacturerClaim> Supporting => _supporting ??= Claims
        .Where(c => ReferenceEquals(c.Organisation, Manufacturer))
        .OrderByDescending(c => c.Confidence)
        .ToArray();

    public string? Product => Supporting.Select(c => c.Product).FirstOrDefault(p => p is not null);

    public string? DeviceType => Supporting.Select(c => c.DeviceType).FirstOrDefault(p => p is not null);
}
