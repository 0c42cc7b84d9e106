using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;

namespace NetOrigin.Tests;

/// <summary>
/// A small synthetic reference data set (Fixtures/mini) whose facts the tests control, so engine mechanics are
/// tested independently of the shipped data.
/// </summary>
public static class MiniData
{
    private static readonly Lazy<ReferenceDataSet> Loaded = new(() => ReferenceDataSet.Load(Directory));

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "mini");

    public static ReferenceDataSet Reference => Loaded.Value;

    public static Finding Assess(Asset asset, string pack, DateOnly asOf)
    {
        var identification = Reference.CreateIdentifier().Identify(asset, asOf);
        return new PolicyEvaluator(Reference.Pack(pack), Reference.Ownership).Evaluate(asset, identification, asOf);
    }

    public static Asset Asset(string manufacturer, AssetRole role = AssetRole.Unspecified, string? use = null, DateOnly? acquired = null) => new()
    {
        Id = "t-1",
        Manufacturer = manufacturer,
        Role = role,
        Use = use,
        Acquired = acquired,
        Source = new SourceLocation("test.csv", 2),
    };

    public static Attribution Identify(Asset asset, DateOnly asOf) =>
        Reference.CreateIdentifier().Identify(asset, asOf);

    public static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
