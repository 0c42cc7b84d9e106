using NetOrigin.Assessment;
using NetOrigin.Policies;
using NetOrigin.Policies.Approval;
using NetOrigin.Policies.Waivers;
using NetOrigin.ReferenceData;

namespace NetOrigin.Cli.Commands;

/// <summary>--policy, --waivers and --approved: the assessment a command runs, the same for assess, risk and exposure.</summary>
internal static class AssessmentOptions
{
    public const string DefaultPack = "us-fcc-covered-list";

    public static (IReadOnlyList<PolicyPack> Packs, AssessmentRun Run) Build(CommandArguments options, ReferenceDataSet data, string? defaultPacks = DefaultPack)
    {
        var packs = options.Value("policy") is { } named ? PackOptions.ResolveList(data, "policy", named)
            : defaultPacks is null ? [] : PackOptions.ResolveList(data, "policy", defaultPacks);
        // One builder of the pack-independent evidence for all packs: identification, owner chains and operators once.
        var facts = new AssetEvidenceBuilder(data.Ownership, data.Resolver);
        var evaluators = packs.Select(p => new PolicyEvaluator(p, facts)).ToList();
        var waivers = options.Value("waivers") is { } waiverFile ? WaiverBook.Load(waiverFile, data.Graph) : null;
        var approved = options.Value("approved") is { } approvedFile ? ApprovedList.Load(approvedFile, data.Graph) : null;
        return (packs, new AssessmentRun(data.CreateIdentifier(), evaluators, waivers, approved));
    }
}
