using NetOrigin.Entities;
using NetOrigin.Inventory;
using NetOrigin.ReferenceData;

namespace NetOrigin.Policies.Approval;

/// <summary>
/// The user's approved-manufacturers list (docs/reference-data.md, "Approved list"). Packs that set
/// <c>requires_approved_list: true</c> turn an asset outside it into a finding.
/// </summary>
public sealed class ApprovedList
{
    /// <summary>The designation id findings of the approved-list check carry, so waivers can name it.</summary>
    public const string DesignationId = "approved-list";

    private ApprovedList(string file, IReadOnlyList<ApprovedEntry> entries)
    {
        File = file;
        Entries = entries;
    }

    internal string File { get; }
    internal IReadOnlyList<ApprovedEntry> Entries { get; }

    /// <summary>A list kept elsewhere (a store's current entries); <paramref name="origin"/> says where, for messages.</summary>
    public static ApprovedList From(string origin, IEnumerable<ApprovedEntry> entries) => new(origin, entries.ToList());

    public static ApprovedList Load(string path, OrganisationGraph? graph = null)
    {
        var root = YamlNodeReader.LoadFile(path);
        var entries = new List<ApprovedEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in root.Mappings("approved"))
        {
            var manufacturer = node.OptionalString("manufacturer");
            var product = node.OptionalString("product");
            if (product is { Length: > WildcardPattern.MaxLength })
            {
                throw node.Error($"'product' is longer than {WildcardPattern.MaxLength} characters; a product pattern names a product, with * and ? as wildcards");
            }

            if (manufacturer is null && product is null)
            {
                throw node.Error("an approved entry names a 'manufacturer' (organisation id), a 'product' pattern, or both");
            }

            if (manufacturer is not null && graph is not null && !graph.TryGet(manufacturer, out _))
            {
                throw node.Error($"manufacturer '{manufacturer}' is not a known organisation id");
            }

            var id = node.OptionalString("id") ?? $"entry-{entries.Count + 1}";
            if (!ids.Add(id))
            {
                throw node.Error($"approved entry '{id}' appears twice");
            }

            var entry = new ApprovedEntry(
                id,
                manufacturer,
                product,
                node.StringList("roles").Select(node.Role).ToHashSet(),
                node.StringList("categories").Select(node.Category).ToHashSet(StringComparer.Ordinal),
                node.OptionalString("conditions"),
                node.OptionalDate("expires"),
                node.RequiredString("approver"),
                node.Where);
            node.RejectUnknownKeys();
            entries.Add(entry);
        }

        root.RejectUnknownKeys();
        return new ApprovedList(path, entries);
    }

    /// <summary>
    /// Applies the list to a pack's finding. Only findings no worse than compliant or exempt are changed: a finding
    /// that already calls for action keeps its stronger reason.
    /// </summary>
    internal static Finding Check(ApprovedList? list, PolicyPack pack, Finding finding, DateOnly asOf)
    {
        if (!pack.RequiresApprovedList || finding.Status is not (FindingStatus.Compliant or FindingStatus.Exempt)
            || finding.Attribution.Manufacturer is not { } maker)
        {
            return finding;
        }

        var view = new AssetView(finding.Asset, maker);
        var scope = pack.ApprovedListScope.Match(view);
        if (scope.Inside is false)
        {
            return finding;
        }

        var evidence = finding.Evidence.ToList();
        var packCite = pack.Sources.Count == 0 ? null : pack.Sources;
        if (scope.Inside is null)
        {
            evidence.Add(new EvidenceStep(EvidenceKind.ApprovedList, $"{pack.Title} requires approved makers for {pack.ApprovedListScope.Describe()}: cannot decide: {scope.Explanation}", Sources: packCite));
            evidence.Add(PolicyEvaluator.VerdictStep(FindingStatus.Unknown, MissingFieldFix.UnknownText(scope.MissingField!), missingField: scope.MissingField));
            return finding with { Status = FindingStatus.Unknown, Evidence = evidence, MissingField = scope.MissingField, DesignationId = DesignationId };
        }

        if (list is null)
        {
            evidence.Add(new EvidenceStep(EvidenceKind.ApprovedList, $"{pack.Title} requires every asset in {pack.ApprovedListScope.Describe()} to be on an approved-manufacturers list, and none was given (--approved FILE)", Sources: packCite));
            evidence.Add(PolicyEvaluator.VerdictStep(FindingStatus.Unknown, "unknown: give the approved list to decide", missingField: "approved list"));
            return finding with { Status = FindingStatus.Unknown, Evidence = evidence, MissingField = "approved list", DesignationId = DesignationId };
        }

        var naming = list.Entries.Where(e => e.Names(view, maker.Id, finding.Attribution.Product)).ToList();
        var current = naming.FirstOrDefault(e => e.IsCurrentOn(asOf));
        if (current is not null)
        {
            evidence.Add(new EvidenceStep(EvidenceKind.ApprovedList, $"{maker.Name} is approved here by entry {current.Describe()}", $"approved list {current.Where}")
            {
                Facts = new EvidenceFacts { ApprovedEntry = current.Id, Organisations = [maker.Id], Until = current.Expires },
            });
            return finding with { Evidence = evidence };
        }

        var expired = naming.OrderByDescending(e => e.Expires).FirstOrDefault();
        var why = expired is not null
            ? $"the approval of {maker.Name} expired: entry {expired.Describe()}"
            : $"no entry of the approved list ({list.File}) names {maker.Name}{(finding.Attribution.Product is { } p ? $" or product {p}" : "")} for role {FieldCatalog.ToSnakeCase(view.Asset.Role.ToString())}, categories {string.Join("/", view.Categories)}";
        evidence.Add(new EvidenceStep(EvidenceKind.ApprovedList, $"{pack.Title} requires approved makers for {pack.ApprovedListScope.Describe()}; {why}", expired is not null ? $"approved list {expired.Where}" : null, expired is null ? packCite : null)
        {
            Facts = new EvidenceFacts { ApprovedEntry = expired?.Id, Organisations = [maker.Id], Until = expired?.Expires },
        });
        evidence.Add(PolicyEvaluator.VerdictStep(FindingStatus.ActionRequired, "action_required: replace it with an approved product or have it approved"));
        return finding with { Status = FindingStatus.ActionRequired, Deadline = null, Evidence = evidence, DesignationId = DesignationId, ObligationId = DesignationId };
    }
}
