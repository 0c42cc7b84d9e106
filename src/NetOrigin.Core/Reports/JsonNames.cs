using System.Text.Json;

namespace NetOrigin.Reports;

/// <summary>
/// Property names of the JSON reports (docs/assess-output.md), encoded once: every asset, finding and evidence step
/// writes them, and one list keeps the names the report, the evidence steps and the stored findings share alike.
/// </summary>
internal static class JsonNames
{
    internal static readonly JsonEncodedText ApprovedEntry = JsonEncodedText.Encode("approved_entry");
    internal static readonly JsonEncodedText Asset = JsonEncodedText.Encode("asset");
    internal static readonly JsonEncodedText Brand = JsonEncodedText.Encode("brand");
    internal static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
    internal static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
    internal static readonly JsonEncodedText Database = JsonEncodedText.Encode("database");
    internal static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    internal static readonly JsonEncodedText Deadline = JsonEncodedText.Encode("deadline");
    internal static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    internal static readonly JsonEncodedText Designation = JsonEncodedText.Encode("designation");
    internal static readonly JsonEncodedText Edges = JsonEncodedText.Encode("edges");
    internal static readonly JsonEncodedText Entry = JsonEncodedText.Encode("entry");
    internal static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
    internal static readonly JsonEncodedText Exception = JsonEncodedText.Encode("exception");
    internal static readonly JsonEncodedText Field = JsonEncodedText.Encode("field");
    internal static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
    internal static readonly JsonEncodedText Findings = JsonEncodedText.Encode("findings");
    internal static readonly JsonEncodedText Fingerprint = JsonEncodedText.Encode("fingerprint");
    internal static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    internal static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
    internal static readonly JsonEncodedText Manufacturer = JsonEncodedText.Encode("manufacturer");
    internal static readonly JsonEncodedText MissingField = JsonEncodedText.Encode("missing_field");
    internal static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    internal static readonly JsonEncodedText Obligation = JsonEncodedText.Encode("obligation");
    internal static readonly JsonEncodedText Organisations = JsonEncodedText.Encode("organisations");
    internal static readonly JsonEncodedText OwnerChain = JsonEncodedText.Encode("owner_chain");
    internal static readonly JsonEncodedText Pack = JsonEncodedText.Encode("pack");
    internal static readonly JsonEncodedText Product = JsonEncodedText.Encode("product");
    internal static readonly JsonEncodedText Registry = JsonEncodedText.Encode("registry");
    internal static readonly JsonEncodedText Site = JsonEncodedText.Encode("site");
    internal static readonly JsonEncodedText SnapshotDate = JsonEncodedText.Encode("snapshot_date");
    internal static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    internal static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
    internal static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    internal static readonly JsonEncodedText Step = JsonEncodedText.Encode("step");
    internal static readonly JsonEncodedText Taken = JsonEncodedText.Encode("taken");
    internal static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    internal static readonly JsonEncodedText Until = JsonEncodedText.Encode("until");
    internal static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    internal static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    internal static readonly JsonEncodedText Waiver = JsonEncodedText.Encode("waiver");
}
