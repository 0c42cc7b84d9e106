using System.Globalization;
using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Reports;

/// <summary>
/// The human report: totals per status and pack, the manufacturers behind the findings, and the first findings of
/// each serious status with their evidence chains. It keeps only a bounded sample of findings in memory.
/// </summary>
public sealed class TableFindingWriter(TextWriter output, int examplesPerStatus = 10) : IFindingSink
{
    private static readonly FindingStatus[] Shown = [FindingStatus.Violation, FindingStatus.ActionRequired, FindingStatus.Unknown, FindingStatus.Waived, FindingStatus.Exempt];
    private readonly Dictionary<FindingStatus, List<Finding>> _examples = Shown.ToDictionary(s => s, _ => new List<Finding>());
    private AssessmentContext? _context;

    public void Begin(AssessmentContext context) => _context = context;

    /// <summary>Only the examples' evidence is shown.</summary>
    public bool ReadsAllEvidence => false;

    public void Write(Finding finding)
    {
        if (_examples.TryGetValue(finding.Status, out var list) && list.Count < examplesPerStatus)
        {
            list.Add(finding);
        }
    }

    public void Reject(Rejection rejection)
    {
    }

    public void End(AssessmentSummary summary)
    {
        var context = _context!;
        output.WriteLine($"NetOrigin assessment of {context.Input} as of {context.AsOf:yyyy-MM-dd}");
        foreach (var pack in context.Packs)
        {
            output.WriteLine($"  policy pack {pack.Id}: {pack.Title} (version {pack.Version}, from {pack.File})");
        }

        if (context.Versions is { } versions)
        {
            output.WriteLine($"  netorigin {versions.ToolVersion}; reference data {versions.Digest}:");
            output.WriteLine($"    registries: {string.Join(", ", versions.Registries.Select(r => $"{r.Id} {r.Date:yyyy-MM-dd}"))}");
            output.WriteLine($"    fingerprints: {versions.Fingerprints.Count} databases, version {string.Join(", ", versions.Fingerprints.Select(f => f.Version ?? "unversioned").Distinct())}");
            output.WriteLine($"    organisation data: {versions.OrganisationData}");
        }

        output.WriteLine();
        output.WriteLine($"Records: {N(summary.Records.Read)} read, {N(summary.Records.Accepted)} accepted, {N(summary.Records.Rejected)} rejected");
        var accepted = summary.Records.Accepted;
        output.WriteLine($"Manufacturer or provider identified for {N(summary.IdentifiedAssets)} of {N(accepted)} assets ({Percent(summary.IdentifiedAssets, accepted)})");
        output.WriteLine();
        WriteStatusTable(summary, context);
        WritePackFindings(summary);
        WriteManufacturers(summary);
        foreach (var status in Shown)
        {
            WriteExamples(status, summary.Count(status));
        }

        output.WriteLine("Every finding with its full evidence chain and sources: add --format json --out FILE (or --format csv).");
    }

    private void WriteStatusTable(AssessmentSummary summary, AssessmentContext context)
    {
        var packs = context.Packs.Select(p => p.Id).ToList();
        var width = Math.Max(12, packs.Max(p => p.Length));
        output.WriteLine("status".PadRight(16) + string.Concat(packs.Select(p => p.PadLeft(width + 2))));
        foreach (var status in Enum.GetValues<FindingStatus>().Reverse())
        {
            output.Write(status.Name().PadRight(16));
            foreach (var pack in packs)
            {
                var count = summary.ByPack.TryGetValue(pack, out var counts) ? counts[(int)status] : 0;
                output.Write(N(count).PadLeft(width + 2));
            }

            output.WriteLine();
        }

        if (summary.EarliestDeadline is { } deadline)
        {
            output.WriteLine($"Earliest deadline for required action: {deadline:yyyy-MM-dd}");
        }

        if (summary.UnknownReasons.Count > 0)
        {
            output.WriteLine("Unknown because a field is missing: " + string.Join(", ", summary.UnknownReasons.OrderByDescending(r => r.Value).Select(r => $"{r.Key} ({N(r.Value)})")));
        }

        output.WriteLine();
    }

    private void WritePackFindings(AssessmentSummary summary)
    {
        if (summary.PackFindings.Count == 0)
        {
            return;
        }

        output.WriteLine("Pack-level findings (share caps):");
        foreach (var finding in summary.PackFindings)
        {
            var deadline = finding.Deadline is { } d ? $" deadline {d:yyyy-MM-dd}" : "";
            output.WriteLine($"  [{finding.PackId}] {finding.ObligationId}: {finding.Status.Name()}{deadline}");
            WriteEvidence(finding.Evidence);
        }

        output.WriteLine();
    }

    private void WriteManufacturers(AssessmentSummary summary)
    {
        var flagged = summary.Manufacturers.Where(m => m.Worst > FindingStatus.Compliant).Take(15).ToList();
        if (flagged.Count == 0)
        {
            return;
        }

        output.WriteLine("Manufacturers and providers behind the findings:");
        foreach (var tally in flagged)
        {
            output.WriteLine($"  {tally.Name,-55} {N(tally.Assets),7} assets  worst: {tally.Worst.Name()}");
        }

        output.WriteLine();
    }

    private void WriteExamples(FindingStatus status, long total)
    {
        var examples = _examples[status];
        if (examples.Count == 0)
        {
            return;
        }

        var heading = total > examples.Count ? $"{status.Name()} — first {examples.Count} of {N(total)}" : $"{status.Name()} — {N(total)}";
        output.WriteLine(heading + ":");
        foreach (var finding in examples)
        {
            var asset = finding.Asset;
            var name = asset.Name is null ? "" : $" {asset.Name}";
            var site = asset.Site is null ? "" : $" at {asset.Site}";
            var deadline = finding.Deadline is { } d ? $" deadline {d:yyyy-MM-dd}" : "";
            output.WriteLine($"  [{finding.PackId}] {asset.Id}{name}{site} ({asset.Source}){deadline}");
            WriteEvidence(finding.Evidence);
        }

        output.WriteLine();
    }

    private void WriteEvidence(IReadOnlyList<EvidenceStep> evidence)
    {
        foreach (var step in evidence)
        {
            output.WriteLine($"      {step.Step,-12} {Shorten(step.Text, 220)}");
            if (step.FirstCitation is { } citation)
            {
                output.WriteLine($"      {"",-12}   source: {Shorten(citation, 160)}");
            }
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(long part, long whole) =>
        whole == 0 ? "—" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
