using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Policies;
using NetOrigin.Policies.Approval;
using NetOrigin.Policies.Waivers;
using NetOrigin.ReferenceData;

namespace NetOrigin.Fuzzing.Targets;

public enum YamlDataKind
{
    Organisations,
    PolicyPack,
    Waivers,
    ApprovedList,
    Sources,
}

/// <summary>
/// A YAML data file — organisations, a policy pack, waivers, an approved list, sources — loaded as the product loads
/// users' files, then put to the use the product puts it to: names resolved and control chains walked, assets
/// evaluated, waivers listed and applied, approvals checked, on ordinary dates and at the ends of the calendar.
/// </summary>
public sealed class YamlDataTarget(YamlDataKind kind) : IFuzzTarget
{
    /// <summary>Loaded objects put to use per case, at most (a file may hold thousands).</summary>
    private const int UsedPerCase = 40;

    private static readonly string[] YamlTokens =
    [
        "&a ", "*a", "<<: *a", "!!binary ", "!!str ", "!!int ", "!custom ", "? ", "- ", ": ", "{", "}", "[", "]", "|", ">", "|-", "#", "%YAML 1.2\n",
        "%TAG ! tag:x,2000:\n", "---\n", "...\n", "\t", "\"", "'", "\\x", "\\u12", "\\ud800", "~", "null", "9999-12-31", "0001-01-01", "2024-02-30",
        "1e308", "-1", "id: ", "sources: []", "sources: [nope]", "replaces: true", "\uFEFF", "  ", "\n  - ", ",", "*", "?", "**", "a*b?c",
        "from: 9999-12-31", "to: 0001-01-01", "share: 1e9", "share: -5", "unverified: maybe",
    ];

    public string Name { get; } = kind switch
    {
        YamlDataKind.Organisations => "organisations",
        YamlDataKind.PolicyPack => "policy-pack",
        YamlDataKind.Waivers => "waivers",
        YamlDataKind.ApprovedList => "approved-list",
        _ => "sources",
    };

    public string Extension => "yaml";

    public IReadOnlyList<byte[]> Seeds { get; } = kind switch
    {
        YamlDataKind.Organisations => [.. FuzzSeeds.Shipped("organisations", "yaml"), .. FuzzSeeds.Files("organisations")],
        YamlDataKind.PolicyPack => [.. FuzzSeeds.Shipped("policies", "yaml"), .. FuzzSeeds.Files("policies")],
        YamlDataKind.Waivers => FuzzSeeds.Files("waivers"),
        YamlDataKind.ApprovedList => FuzzSeeds.Files("approved"),
        _ => FuzzSeeds.Shipped("sources", "yaml"),
    };

    public IReadOnlyList<byte[]> Tokens { get; } = FuzzSeeds.Tokens(YamlTokens);

    public bool IsInputError(Exception exception) => exception is ReferenceDataException;

    public string? Run(byte[] input, FuzzScratch scratch)
    {
        var path = scratch.File(Path.Combine(Name, $"{FuzzTargets.InputName}.yaml"), input);
        switch (kind)
        {
            case YamlDataKind.Organisations:
                UseOrganisations(path, input);
                break;
            case YamlDataKind.PolicyPack:
                var pack = FuzzData.Reference.PackFile(path);
                var evaluator = new PolicyEvaluator(pack, FuzzData.Reference.Ownership);
                foreach (var asset in FuzzData.Assets)
                {
                    foreach (var date in FuzzData.Dates)
                    {
                        _ = evaluator.Evaluate(asset, FuzzData.Identifier.Identify(asset, date), date);
                    }
                }

                break;
            case YamlDataKind.Waivers:
                UseWaivers(WaiverBook.Load(path, FuzzData.Reference.Graph));
                break;
            case YamlDataKind.ApprovedList:
                UseApprovedList(ApprovedList.Load(path, FuzzData.Reference.Graph));
                break;
            default:
                new SourceCatalog().AddFile(path);
                break;
        }

        return null;
    }

    /// <summary>
    /// A file that brings its own sources is read as a user's file (--orgs) over no shipped data; one without, as
    /// a shipped data file citing the shipped sources.
    /// </summary>
    private static void UseOrganisations(string path, byte[] input)
    {
        var userFile = input.AsSpan().IndexOf("sources:"u8) is 0 || input.AsSpan().IndexOf("\nsources:"u8) >= 0;
        var graph = userFile
            ? OrganisationGraphLoader.Load(Path.Combine(Path.GetDirectoryName(path)!, "none"), new SourceCatalog(), [path])
            : OrganisationGraphLoader.Load(Path.GetDirectoryName(path)!, FuzzData.Reference.Sources);
        _ = OrganisationDataCheck.Check(graph);
        var resolver = new OrganisationResolver(graph);
        var ownership = new OwnershipResolver(graph);
        foreach (var organisation in graph.Organisations.Take(UsedPerCase))
        {
            foreach (var date in FuzzData.Dates)
            {
                _ = resolver.Resolve(organisation.Name, date);
                _ = ownership.ControlChainOf(organisation.Id, date);
                _ = ownership.Resolve(organisation.Id, date);
            }
        }

        _ = resolver.Resolve("Huawei Technologies", FuzzData.Dates[0]);
    }

    private static void UseWaivers(WaiverBook book)
    {
        foreach (var waiver in book.Waivers.Take(UsedPerCase))
        {
            _ = waiver.Scope.Describe();
            foreach (var date in FuzzData.Dates)
            {
                _ = waiver.StateOn(date);
                foreach (var days in (int[])[0, 30, 365, 36_500])
                {
                    _ = waiver.ExpiresWithin(date, days);
                }
            }
        }

        foreach (var finding in FuzzData.Findings)
        {
            foreach (var date in FuzzData.Dates)
            {
                _ = book.Apply(finding, date);
            }
        }
    }

    private static void UseApprovedList(ApprovedList list)
    {
        foreach (var entry in list.Entries.Take(UsedPerCase))
        {
            _ = entry.Describe();
        }

        var evaluator = FuzzData.ApprovedOnlyEvaluator;
        foreach (var finding in FuzzData.Findings.Where(f => f.PackId == evaluator.Pack.Id))
        {
            foreach (var date in FuzzData.Dates)
            {
                _ = ApprovedList.Check(list, evaluator.Pack, finding, date);
            }
        }
    }
}
