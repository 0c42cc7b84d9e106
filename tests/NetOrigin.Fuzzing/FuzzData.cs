using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;

namespace NetOrigin.Fuzzing;

/// <summary>
/// What the targets need besides their input, loaded once per process: the shipped reference data (from the
/// repository's data/), its identification engine, a few evaluators, and a pack that requires an approved list.
/// Everything here is only read by the targets.
/// </summary>
public static class FuzzData
{
    private static readonly Lazy<ReferenceDataSet> Shipped = new(() => ReferenceDataSet.Load(DataDirectory));
    private static readonly Lazy<ManufacturerIdentifier> SharedIdentifier = new(() => Reference.CreateIdentifier());
    private static readonly Lazy<PolicyEvaluator[]> SharedEvaluators = new(() =>
        [.. new[] { "us-fcc-covered-list", "uk-huawei-designated-vendor", "us-ndaa-889" }.Select(id => new PolicyEvaluator(Reference.Pack(id), Reference.Ownership))]);

    /// <summary>A pack that requires an approved list in the core (Seeds/policies, also a seed of the pack target).</summary>
    private static readonly Lazy<PolicyEvaluator> ApprovedOnly = new(() =>
        new PolicyEvaluator(Reference.PackFile(Path.Combine(FuzzSeeds.SeedsDirectory, "policies", "approved-only.yaml")), Reference.Ownership));

    /// <summary>The repository's data/ directory, found above the program.</summary>
    public static string DataDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NetOrigin.slnx")))
                {
                    return Path.Combine(dir.FullName, "data");
                }
            }

            throw new InvalidOperationException("the repository (NetOrigin.slnx) is not above " + AppContext.BaseDirectory);
        }
    }

    public static ReferenceDataSet Reference => Shipped.Value;

    public static ManufacturerIdentifier Identifier => SharedIdentifier.Value;

    public static IReadOnlyList<PolicyEvaluator> Evaluators => SharedEvaluators.Value;

    public static PolicyEvaluator ApprovedOnlyEvaluator => ApprovedOnly.Value;

    /// <summary>The dates the targets judge on: ordinary ones and the ends of the calendar.</summary>
    public static readonly DateOnly[] Dates = [new(2025, 6, 30), DateOnly.MinValue, DateOnly.MaxValue, new(9999, 6, 1)];

    /// <summary>A few assets as inventories describe them, for targets that evaluate what they loaded.</summary>
    public static readonly Asset[] Assets =
    [
        new() { Id = "core-1", Manufacturer = "Huawei", Model = "NE40E-X8A", Role = AssetRole.Core, Source = new SourceLocation("fuzz", 2) },
        new() { Id = "cam-1", Manufacturer = "HiLook", Model = "IPC-B140H", Role = AssetRole.Surveillance, Use = "government-facility", Source = new SourceLocation("fuzz", 3) },
        new() { Id = "r-1", Manufacturer = "Cisco", Model = "8201-32FH" + new string('a', 300), Role = AssetRole.Core, Acquired = new DateOnly(2019, 5, 1), Source = new SourceLocation("fuzz", 4) },
        new() { Id = "svc-1", Provider = "China Telecom Americas", Kind = AssetKind.Service, ServiceType = ServiceType.Transit, Source = new SourceLocation("fuzz", 5) },
    ];

    private static readonly Lazy<Finding[]> SharedFindings = new(() =>
        [.. Assets.SelectMany(asset => Evaluators.Append(ApprovedOnlyEvaluator).Select(e => e.Evaluate(asset, Identifier.Identify(asset, Dates[0]), Dates[0])))]);

    /// <summary>Findings of <see cref="Assets"/> under every evaluator, for waiver and approved-list targets.</summary>
    public static IReadOnlyList<Finding> Findings => SharedFindings.Value;
}
