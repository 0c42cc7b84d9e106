using NetOrigin.ReferenceData;
using NetOrigin.Risk;

namespace NetOrigin.Cli.Commands;

/// <summary>--model: a shipped model by id, or the user's model file given by a path (as for packs).</summary>
internal static class RiskModelOptions
{
    public const string DefaultModel = RiskModel.DefaultId;

    public static RiskModel Resolve(ReferenceDataSet data, string? value)
    {
        var name = value ?? DefaultModel;
        return ReferenceDataSet.IsPackId(name) && !File.Exists(name) ? data.RiskModel(name) : data.RiskModelFile(name);
    }
}
