using NetOrigin.Assessment;
using NetOrigin.Policies;
using NetOrigin.Policies.Approval;
using NetOrigin.Policies.Waivers;
using NetOrigin.Storage.Approvals;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Jobs;

/// <summary>
/// What a run of a tenant is assessed with — its packs from the reference data, the tenant's approved waivers and,
/// when a pack needs one, its approved list — and the assessment they make: one place for the job that stores the
/// findings and for the analyses that re-read a stored run (risk, exposure).
/// </summary>
internal sealed record StoredAssessment(IReadOnlyList<PolicyPack> Packs, WaiverBook? Waivers, ApprovedList? Approved)
{
    public static async Task<StoredAssessment> LoadAsync(DbSession session, ReferenceSnapshot reference, long tenantId, RunRecord? run)
    {
        if (run is null)
        {
            return new StoredAssessment([], null, null);
        }

        var packs = run.Packs.Select(p => reference.Data.Pack(p.Id)).ToList();
        var waivers = await Approvals.Waivers.BookAsync(session, tenantId);
        var approved = packs.Any(p => p.RequiresApprovedList) ? await ApprovedEntries.ListForAssessmentAsync(session, tenantId) : null;
        return new StoredAssessment(packs, waivers, approved);
    }

    /// <summary>The assessment of these packs (none: identification alone) with the reference data's identifier.</summary>
    public AssessmentRun Run(ReferenceSnapshot reference, bool withPacks = true) => new(
        reference.Data.CreateIdentifier(),
        // As the commands do: an asset's operator is resolved through the organisation data (a state-owned operator).
        withPacks ? Packs.Select(p => new PolicyEvaluator(p, reference.Data.Ownership, reference.Data.Resolver)).ToList() : [],
        Waivers,
        Approved);
}
