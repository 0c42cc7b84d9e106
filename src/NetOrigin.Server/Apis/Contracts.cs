using System.Text.Json;
using NetOrigin.Storage.Approvals;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Apis;

// The API's request and response shapes (snake_case on the wire). Findings and evidence are written by the
// store exactly as `assess --format json` writes them; these are the resources around them.

public sealed record MeResponse(string Tenant, long UserId, string User, string Role);

public sealed record RecordCountsResponse(long Read, long Accepted, long Rejected);

public sealed record ImportResponse(
    long Id, string Source, string FileName, string? Format, string? Sha256, long SizeBytes, string State, RecordCountsResponse Records,
    IReadOnlyList<string> UnusedColumns, string? Error, long JobId, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt)
{
    public static ImportResponse From(ImportRecord i) => new(
        i.Id, i.Source, i.FileName, i.Format, i.Sha256, i.SizeBytes, i.State, new RecordCountsResponse(i.RecordsRead, i.RecordsAccepted, i.RecordsRejected),
        JsonSerializer.Deserialize<List<string>>(i.UnusedColumns) ?? [], i.Error, i.JobId, i.CreatedBy, i.CreatedAt, i.CompletedAt);
}

public sealed record AcceptedResponse(ImportResponse? Import, RunResponse? Run, long JobId);

public sealed record RunRequest(long ImportId, IReadOnlyList<string>? Packs, DateOnly? AsOf);

public sealed record RunResponse(
    long Id, long ImportId, string State, DateOnly AsOf, IReadOnlyList<PackVersion> Packs, JsonElement ReferenceData, string ToolVersion, string Trigger,
    long? PreviousRunId, string? Error, long JobId, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, JsonElement? Report)
{
    /// <summary>The run; its report (records, summary, pack findings, sources as assess writes them) only once complete.</summary>
    public static RunResponse From(RunRecord r, bool withReport = true)
    {
        JsonElement? report = null;
        if (withReport && r.Report is not null)
        {
            using var document = JsonDocument.Parse(r.Report);
            var kept = new Dictionary<string, JsonElement>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name is not "findings")
                {
                    kept[property.Name] = property.Value.Clone();
                }
            }

            report = JsonSerializer.SerializeToElement(kept);
        }

        using var reference = JsonDocument.Parse(r.ReferenceData);
        return new RunResponse(r.Id, r.ImportId, r.State, r.AsOf, r.Packs, reference.RootElement.Clone(), r.ToolVersion, r.Trigger, r.PreviousRunId, r.Error, r.JobId, r.CreatedBy, r.CreatedAt, r.CompletedAt, report);
    }
}

public sealed record JobProgressResponse(string Phase, long RecordsDone, long? RecordsTotal, long BytesDone, long? BytesTotal, long Rejected);

public sealed record JobResponse(
    long Id, string Kind, string State, JobProgressResponse Progress, int Attempts, string? LeaseOwner, DateTimeOffset? HeartbeatAt, bool CancelRequested,
    string? Error, string? Note, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt)
{
    public static JobResponse From(Job j) => new(
        j.Id, j.Kind, j.State, new JobProgressResponse(j.Phase, j.RecordsDone, j.RecordsTotal, j.BytesDone, j.BytesTotal, j.Rejected), j.Attempts, j.LeaseOwner, j.HeartbeatAt,
        j.CancelRequested, j.Error, j.Note, j.CreatedBy, j.CreatedAt, j.StartedAt, j.FinishedAt);
}

public sealed record WaiverRequest(string Pack, WaiverScopeData? Scope, string Justification, DateOnly? Granted, DateOnly Expires);

public sealed record DecisionRequest(string? Note);

public sealed record WaiverResponse(
    long Id, string Name, string Pack, WaiverScopeData Scope, string Justification, DateOnly Granted, DateOnly Expires, string State, string RequestedBy,
    DateTimeOffset RequestedAt, string? DecidedBy, DateTimeOffset? DecidedAt, IReadOnlyList<WaiverEvent>? History)
{
    public static WaiverResponse From(WaiverRecord w, IReadOnlyList<WaiverEvent>? history = null) =>
        new(w.Id, w.Name, w.Pack, w.Scope, w.Justification, w.Granted, w.Expires, w.State, w.RequestedBy, w.RequestedAt, w.DecidedBy, w.DecidedAt, history);
}

public sealed record ApprovedEntryRequest(string? Manufacturer, string? Product, IReadOnlyList<string>? Roles, IReadOnlyList<string>? Categories, string? Conditions, DateOnly? Expires);

public sealed record UserRequest(string Name, string Role);

public sealed record UserUpdate(string? Role, bool? Disabled);

public sealed record UserResponse(long Id, string Name, string Role, DateTimeOffset CreatedAt, bool Disabled)
{
    public static UserResponse From(User u) => new(u.Id, u.Name, u.Role.Name(), u.CreatedAt, u.DisabledAt is not null);
}

public sealed record TokenRequest(string? Name, DateTimeOffset? ExpiresAt);

public sealed record TokenResponse(long Id, long UserId, string User, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    public static TokenResponse From(ApiToken t) => new(t.Id, t.UserId, t.UserName, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt);
}

/// <summary>A token just made; <see cref="Secret"/> is shown in this response only.</summary>
public sealed record IssuedTokenResponse(TokenResponse Token, string Secret);

public sealed record AuditEntryResponse(long Seq, DateTimeOffset At, string Actor, string Action, string Target, JsonElement Details, string PreviousHash, string Hash)
{
    public static AuditEntryResponse From(AuditEntry e)
    {
        using var details = JsonDocument.Parse(e.Details);
        return new(e.Seq, e.At, e.Actor, e.Action, e.Target, details.RootElement.Clone(), e.PreviousHash, e.Hash);
    }
}

public sealed record PackSummaryResponse(string Id, string Title, string Jurisdiction, string Version, string? Summary, int Designations, int Obligations, bool RequiresApprovedList);

public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);
