using NetOrigin.Entities;
using NetOrigin.ReferenceData;

namespace NetOrigin.Policies;

/// <summary>Reads and validates policy packs (docs/reference-data.md); errors name file and line.</summary>
public static class PolicyPackLoader
{
    public static PolicyPack Load(string path, SourceCatalog sources, OrganisationGraph graph) => Load(path, sources, graph, null);

    /// <summary>As <see cref="Load(string, SourceCatalog, OrganisationGraph)"/>, the file's nodes from its compiled image in <paramref name="cache"/> when current.</summary>
    public static PolicyPack Load(string path, SourceCatalog sources, OrganisationGraph graph, IReferenceDataCache? cache)
    {
        var root = YamlNodeReader.LoadFile(path, cache);
        var id = root.RequiredString("id");
        var designations = root.Mappings("designations").Select(d => ReadDesignation(d, sources, graph)).ToList();
        var designationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (designation, node) in designations.Zip(root.Mappings("designations")))
        {
            if (!designationIds.Add(designation.Id))
            {
                throw node.Error($"designation '{designation.Id}' appears twice");
            }
        }

        var pack = new PolicyPack(
            id,
            root.RequiredString("title"),
            root.RequiredString("jurisdiction"),
            root.RequiredString("version"),
            root.OptionalString("summary"),
            sources.Resolve(root.StringList("sources"), root),
            designations,
            root.Mappings("exceptions").Select(e => ReadException(e, sources, designationIds)).ToList(),
            root.Mappings("obligations").Select(o => ReadObligation(o, sources, designationIds)).ToList(),
            path)
        {
            RequiresApprovedList = root.OptionalBool("requires_approved_list"),
            ApprovedListScope = AssetScope.Read(root.Mapping("approved_list_scope")),
        };
        _ = root.OptionalString("note");
        root.RejectUnknownKeys();
        if (pack.Designations.Count == 0)
        {
            throw root.Error("a pack needs at least one designation");
        }

        return pack;
    }

    private static Designation ReadDesignation(YamlNodeReader node, SourceCatalog sources, OrganisationGraph graph)
    {
        var organisation = node.OptionalString("organisation");
        var country = node.OptionalString("country_of_control");
        var category = node.OptionalString("category") is { } named ? node.Category(named) : null;
        if (new[] { organisation, country, category }.Count(v => v is not null) != 1)
        {
            throw node.Error("a designation names exactly one of 'organisation', 'country_of_control' or 'category'");
        }

        if (organisation is not null && !graph.TryGet(organisation, out _))
        {
            throw node.Error($"organisation '{organisation}' is not a known organisation id");
        }

        var affiliates = node.OptionalString("affiliates") switch
        {
            null or "subsidiaries_and_affiliates" => AffiliateRule.SubsidiariesAndAffiliates,
            "subsidiaries" => AffiliateRule.Subsidiaries,
            "entity_only" => AffiliateRule.EntityOnly,
            var other => throw node.Error($"affiliates '{other}' is not one of entity_only, subsidiaries, subsidiaries_and_affiliates"),
        };
        var designation = new Designation(
            node.RequiredString("id"),
            node.OptionalString("listed_as") ?? organisation ?? country ?? category!,
            organisation,
            country,
            category,
            node.StringList("produced_outside").ToHashSet(StringComparer.Ordinal),
            affiliates,
            node.OptionalDate("effective"),
            AssetScope.Read(node.Mapping("covers")),
            sources.Resolve(node.StringList("sources"), node),
            node.OptionalBool("unverified"),
            node.OptionalString("note"));
        node.RejectUnknownKeys();
        return designation;
    }

    private static PolicyException ReadException(YamlNodeReader node, SourceCatalog sources, HashSet<string> designationIds)
    {
        var exception = new PolicyException(
            node.RequiredString("id"),
            DesignationRefs(node, designationIds),
            AssetScope.Read(node.Mapping("when")),
            sources.Resolve(node.StringList("sources"), node),
            node.OptionalBool("unverified"),
            node.OptionalString("note"));
        node.RejectUnknownKeys();
        return exception;
    }

    private static Obligation ReadObligation(YamlNodeReader node, SourceCatalog sources, HashSet<string> designationIds)
    {
        var kind = node.RequiredString("kind") switch
        {
            "prohibited" => ObligationKind.Prohibited,
            "no_new_installation" => ObligationKind.NoNewInstallation,
            "remove_by" => ObligationKind.RemoveBy,
            "share_cap" => ObligationKind.ShareCap,
            var other => throw node.Error($"kind '{other}' is not one of prohibited, no_new_installation, remove_by, share_cap"),
        };
        var obligation = new Obligation(
            node.RequiredString("id"),
            kind,
            DesignationRefs(node, designationIds),
            node.OptionalDate("date"),
            AssetScope.Read(node.Mapping("scope")),
            node.OptionalDecimal("cap_percent"),
            node.OptionalBool("binding", fallback: true),
            sources.Resolve(node.StringList("sources"), node),
            node.OptionalBool("unverified"),
            node.OptionalString("note"));
        node.RejectUnknownKeys();
        if (kind is ObligationKind.RemoveBy or ObligationKind.NoNewInstallation && obligation.Date is null)
        {
            throw node.Error($"a {node.RequiredString("kind")} obligation needs a 'date'");
        }

        if (kind == ObligationKind.ShareCap && obligation.CapPercent is not (> 0 and <= 100))
        {
            throw node.Error("a share_cap obligation needs 'cap_percent' between 0 and 100");
        }

        return obligation;
    }

    private static HashSet<string> DesignationRefs(YamlNodeReader node, HashSet<string> designationIds)
    {
        var refs = node.StringList("designations").ToHashSet(StringComparer.Ordinal);
        foreach (var id in refs)
        {
            if (!designationIds.Contains(id))
            {
                throw node.Error($"designation '{id}' is not defined in this pack");
            }
        }

        return refs;
    }
}
