using System.Globalization;
using NetOrigin.Entities;
using NetOrigin.ReferenceData;

namespace NetOrigin.Policies.Waivers;

/// <summary>The user's waivers (docs/reference-data.md, "Waivers"), read from YAML and applied to findings.</summary>
public sealed class WaiverBook
{
    private WaiverBook(string file, IReadOnlyList<Waiver> waivers)
    {
        File = file;
        Waivers = waivers;
    }

    internal string File { get; }
    public IReadOnlyList<Waiver> Waivers { get; }

    /// <summary>
    /// A book of waivers kept elsewhere (a store of approved waivers); <paramref name="origin"/> says where, for the
    /// evidence. Each waiver must already be valid: an end after its start.
    /// </summary>
    public static WaiverBook From(string origin, IEnumerable<Waiver> waivers)
    {
        var list = waivers.ToList();
        if (list.FirstOrDefault(w => w.Expires <= w.Granted) is { } bad)
        {
            throw new ArgumentException($"waiver '{bad.Id}' expires {Date(bad.Expires)}, not after it is granted {Date(bad.Granted)}", nameof(waivers));
        }

        return new WaiverBook(origin, list);
    }

    /// <summary>Reads and validates a waivers file; errors name file and line.</summary>
    public static WaiverBook Load(string path, OrganisationGraph? graph = null)
    {
        var root = YamlNodeReader.LoadFile(path);
        var waivers = new List<Waiver>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in root.Mappings("waivers"))
        {
            var id = node.RequiredString("id");
            if (!ids.Add(id))
            {
                throw node.Error($"waiver '{id}' appears twice");
            }

            var scopeNode = node.Mapping("scope") ?? throw node.Error("'scope' is required");
            var scope = WaiverScope.Read(scopeNode);
            foreach (var maker in scope.Manufacturers)
            {
                if (graph is not null && !graph.TryGet(maker, out _))
                {
                    throw scopeNode.Error($"manufacturer '{maker}' is not a known organisation id");
                }
            }

            var waiver = new Waiver(
                id,
                scope,
                node.RequiredString("justification"),
                node.RequiredString("approver"),
                node.OptionalDate("granted") ?? throw node.Error("'granted' is required"),
                node.OptionalDate("expires") ?? throw node.Error("'expires' is required (a waiver without an end is a policy change, not a waiver)"),
                node.Where);
            node.RejectUnknownKeys();
            if (waiver.Expires <= waiver.Granted)
            {
                throw node.Error($"waiver '{id}' expires {Date(waiver.Expires)}, not after it is granted {Date(waiver.Granted)}");
            }

            waivers.Add(waiver);
        }

        root.RejectUnknownKeys();
        return new WaiverBook(path, waivers);
    }

    /// <summary>
    /// The finding with the first waiver active on <paramref name="asOf"/> applied: only findings that call for
    /// action can be waived, and the evidence keeps what the status would have been.
    /// </summary>
    internal Finding Apply(Finding finding, DateOnly asOf)
    {
        if (finding.Status is not (FindingStatus.Violation or FindingStatus.ActionRequired))
        {
            return finding;
        }

        foreach (var waiver in Waivers)
        {
            if (!waiver.Scope.Covers(finding))
            {
                continue;
            }

            if (!waiver.IsActiveOn(asOf))
            {
                continue;
            }

            var evidence = finding.Evidence.ToList();
            evidence.Add(new EvidenceStep(
                EvidenceKind.Waiver,
                $"would be {finding.Status.Name()}{(finding.Deadline is { } d ? $" (deadline {Date(d)})" : "")}; waived by {waiver.Id} ({waiver.Approver}, granted {Date(waiver.Granted)}, expires {Date(waiver.Expires)}), justification: {waiver.Justification}",
                $"waiver {waiver.Id} ({waiver.Where})")
            {
                Facts = new EvidenceFacts { Waiver = waiver.Id, Status = finding.Status, Date = waiver.Granted, Until = waiver.Expires },
            });
            evidence.Add(PolicyEvaluator.VerdictStep(FindingStatus.Waived, $"waived until {Date(waiver.Expires)}", waiver.Expires) with
            {
                Facts = new EvidenceFacts { Status = FindingStatus.Waived, Until = waiver.Expires, Waiver = waiver.Id },
            });
            return finding with { Status = FindingStatus.Waived, Evidence = evidence };
        }

        return finding;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
