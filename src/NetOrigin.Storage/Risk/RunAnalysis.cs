using System.Text.Json;
using NetOrigin.Assessment;
using NetOrigin.Risk;
using NetOrigin.Risk.Exposure;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Risk;

/// <summary>
/// Risk and cut-off exposure of a stored run, made by Core's risk engine as <c>netorigin risk</c> and
/// <c>netorigin exposure</c> make them of a file: the run's import is read back from the store and passes through
/// the same assessment (the run's packs and as-of date, the tenant's waivers and approved list) into the engine's
/// collector. Nothing is held per asset; what the engine spools goes to <see cref="ScratchDirectory"/>.
/// </summary>
public sealed class RunAnalysis(Database database, ReferenceSnapshot reference)
{
    /// <summary>The shipped risk models a request may name.</summary>
    public IReadOnlyList<string> ModelIds => reference.Data.RiskModelIds;

    /// <summary>A shipped model by id; null when the reference data ships none of that id.</summary>
    public RiskModel? Model(string id) => ModelIds.Contains(id, StringComparer.Ordinal) ? reference.Data.RiskModel(id) : null;

    /// <summary>Who a cut names, as of the run's date; <see cref="CutTargetException"/> names the nearest names when nothing matches.</summary>
    public CutTarget ResolveCut(string text, DateOnly asOf) => CutTarget.Resolve(text, reference.Data.Resolver, asOf);

    /// <summary>
    /// Why the run cannot be analysed with the server's reference data (it was assessed with other data, so its
    /// findings and an analysis now would disagree); null when it can.
    /// </summary>
    public string? Mismatch(RunRecord run)
    {
        using var recorded = JsonDocument.Parse(string.IsNullOrEmpty(run.ReferenceData) ? "{}" : run.ReferenceData);
        var hash = recorded.RootElement.TryGetProperty("data_sha256", out var h) ? h.GetString() : null;
        return hash == reference.Hash
            ? null
            : $"run {run.Id} was assessed with reference data {hash ?? "unknown"}; this server holds {reference.Hash}: re-assess the import and analyse the new run";
    }

    /// <summary>Writes the run's risk analysis under <paramref name="model"/> to <paramref name="sink"/>.</summary>
    public async Task<AssessmentSummary> RiskAsync(RunRecord run, ImportRecord import, RiskModel model, IRiskSink sink, IScratchSpace scratch, CancellationToken cancellationToken)
    {
        var assessment = await LoadAsync(run, cancellationToken);
        return await OnOwnThread(
            () => RiskEngine.For(reference.Data, model).Analyse(assessment.Run(reference), Reader(import, cancellationToken), Context(import, assessment, run), sink, scratch),
            cancellationToken);
    }

    /// <summary>
    /// Writes what a cut-off of <paramref name="cuts"/> does to the run's network to <paramref name="sink"/>. As the
    /// exposure command, it identifies the assets and evaluates no pack: who serves what decides exposure.
    /// </summary>
    public Task<AssessmentSummary> ExposeAsync(RunRecord run, ImportRecord import, IReadOnlyList<CutTarget> cuts, IExposureSink sink, IScratchSpace scratch, CancellationToken cancellationToken)
    {
        var identification = new StoredAssessment([], null, null);
        return OnOwnThread(
            () => RiskEngine.For(reference.Data, reference.Data.RiskModel(RiskModel.DefaultId))
                .Expose(identification.Run(reference), Reader(import, cancellationToken), Context(import, identification, run), cuts, sink, scratch),
            cancellationToken);
    }

    /// <summary>
    /// Which of the import's assets change status between two versions of a pack, as <c>netorigin policy diff</c>
    /// tells it of a file: Core's <see cref="PolicyDiff"/> over the stored records, each change to <paramref name="change"/>.
    /// </summary>
    public Task<PolicyDiffSummary> PolicyDiffAsync(ImportRecord import, NetOrigin.Policies.PolicyPack before, NetOrigin.Policies.PolicyPack after, DateOnly asOf, Action<PolicyChange> change, CancellationToken cancellationToken)
    {
        var data = reference.Data;
        var diff = new PolicyDiff(data.CreateIdentifier(), new NetOrigin.Policies.PolicyEvaluator(before, data.Ownership, data.Resolver), new NetOrigin.Policies.PolicyEvaluator(after, data.Ownership, data.Resolver));
        return Task.Factory.StartNew(() => diff.Run(Reader(import, cancellationToken), asOf, change, _ => { }), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private async Task<StoredAssessment> LoadAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await StoredAssessment.LoadAsync(session, reference, run.TenantId, run);
    }

    private StoredInventoryReader Reader(ImportRecord import, CancellationToken cancellationToken) => new(database, import, cancellationToken);

    private AssessmentContext Context(ImportRecord import, StoredAssessment assessment, RunRecord run) =>
        new(import.FileName, assessment.Packs, run.AsOf) { Versions = reference.Data.VersionsFor(assessment.Packs) };

    /// <summary>The engine reads the store synchronously and works the CPU: a thread of its own, not a pool thread.</summary>
    private static Task<AssessmentSummary> OnOwnThread(Func<AssessmentSummary> work, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
