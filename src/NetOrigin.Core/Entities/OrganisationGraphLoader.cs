using System.Globalization;
using NetOrigin.ReferenceData;

namespace NetOrigin.Entities;

/// <summary>Reads organisation files (docs/reference-data.md) into an <see cref="OrganisationGraph"/>.</summary>
internal static class OrganisationGraphLoader
{
    /// <summary>
    /// Loads every *.yaml in <paramref name="directory"/> (the shipped data), then each of the user's
    /// <paramref name="extraFiles"/> over them. A user file may define its own sources beside its organisations, and
    /// may redefine a shipped organisation only with <c>replaces: true</c>.
    /// </summary>
    public static OrganisationGraph Load(string directory, SourceCatalog sources, IEnumerable<string>? extraFiles = null) => Load(directory, sources, extraFiles, null);

    /// <summary>
    /// As <see cref="Load(string, SourceCatalog, IEnumerable{string})"/>, each file's nodes (shipped and the user's)
    /// from its compiled image in <paramref name="cache"/> when one was compiled from the same bytes.
    /// </summary>
    public static OrganisationGraph Load(string directory, SourceCatalog sources, IEnumerable<string>? extraFiles, IReferenceDataCache? cache)
    {
        var shipped = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal).Select(f => (Root: YamlNodeReader.LoadFile(f, cache), User: false)).ToList()
            : [];
        var user = (extraFiles ?? []).Select(f => (Root: YamlNodeReader.LoadFile(f, cache), User: true)).ToList();

        // The user's own sources first, so that any user file may cite them.
        foreach (var (root, _) in user)
        {
            sources.AddFrom(root);
        }

        var graph = new OrganisationGraph();
        var pendingEdges = new List<(YamlNodeReader Where, OwnershipEdge Edge)>();
        var pendingBrands = new List<(YamlNodeReader Where, Brand Brand)>();
        var pendingOem = new List<(YamlNodeReader Where, OemRelation Relation)>();
        var pendingSuccession = new List<(YamlNodeReader Where, SuccessionEvent Event)>();
        var pendingRights = new List<(YamlNodeReader Where, SuspensionRight Right)>();
        var shippedIds = new HashSet<string>(StringComparer.Ordinal);
        var replacedIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (root, isUser) in shipped.Concat(user))
        {
            foreach (var item in root.Mappings("organisations"))
            {
                var replaces = isUser && item.OptionalBool("replaces");
                var organisation = ReadOrganisation(item, sources);
                AddOrganisation(graph, organisation, item, isUser, replaces, shippedIds, replacedIds);
            }

            pendingEdges.AddRange(root.Mappings("ownership").Select(item => (item, ReadEdge(item, sources))));
            pendingBrands.AddRange(root.Mappings("brands").Select(item => (item, ReadBrand(item, sources))));
            pendingOem.AddRange(root.Mappings("oem").Select(item => (item, ReadOem(item, sources))));
            pendingSuccession.AddRange(root.Mappings("succession").Select(item => (item, ReadSuccession(item, sources))));
            pendingRights.AddRange(root.Mappings("suspension_rights").Select(item => (item, ReadSuspensionRight(item, sources))));
            if (isUser)
            {
                _ = root.Mappings("sources");
            }

            root.RejectUnknownKeys();
        }

        // References are checked once every file is read, so files may refer to each other in any order.
        foreach (var (where, edge) in pendingEdges)
        {
            RequireOrganisation(graph, edge.OwnerId, where, "owner");
            RequireOrganisation(graph, edge.OwnedId, where, "owned");
            if (graph.OwnersOf(edge.OwnedId).FirstOrDefault(e => e.OwnerId == edge.OwnerId && e.Overlaps(edge)) is { } duplicate)
            {
                throw where.Error($"ownership of '{edge.OwnedId}' by '{edge.OwnerId}' overlaps the edge at {duplicate.DefinedAt}; close one with 'to'/'from' or remove it");
            }

            graph.Add(edge);
        }

        foreach (var (where, brand) in pendingBrands)
        {
            RequireOrganisation(graph, brand.OwnerId, where, "owner");
            graph.Add(brand);
        }

        foreach (var (where, relation) in pendingOem)
        {
            RequireOrganisation(graph, relation.MakerId, where, "maker");
            if (relation.BrandOwnerId is not null)
            {
                RequireOrganisation(graph, relation.BrandOwnerId, where, "brand_owner");
            }

            graph.Add(relation);
        }

        foreach (var (where, succession) in pendingSuccession)
        {
            RequireOrganisation(graph, succession.PredecessorId, where, "predecessor");
            RequireOrganisation(graph, succession.SuccessorId, where, "successor");
            if (graph.SuccessionsFrom(succession.PredecessorId).FirstOrDefault(e => e.SuccessorId == succession.SuccessorId && e.Date == succession.Date) is { } twice)
            {
                throw where.Error($"succession of '{succession.PredecessorId}' to '{succession.SuccessorId}' on {succession.Date:yyyy-MM-dd} is already given at {twice.DefinedAt}");
            }

            graph.Add(succession);
        }

        foreach (var (where, right) in pendingRights)
        {
            RequireOrganisation(graph, right.ProviderId, where, "provider");
            graph.Add(right);
        }

        return graph;
    }

    /// <summary>
    /// A shipped id defined twice is a data bug; a user file redefining a shipped id is a conflict unless it says
    /// <c>replaces: true</c>, because silently changing who a listed company is would change verdicts.
    /// </summary>
    private static void AddOrganisation(OrganisationGraph graph, Organisation organisation, YamlNodeReader item, bool isUser, bool replaces, HashSet<string> shippedIds, Dictionary<string, string> replacedIds)
    {
        var exists = graph.TryGet(organisation.Id, out var existing);
        if (replaces)
        {
            if (!exists || !shippedIds.Contains(organisation.Id))
            {
                throw item.Error($"organisation '{organisation.Id}' says 'replaces: true' but there is no shipped organisation with that id to replace");
            }

            if (replacedIds.TryGetValue(organisation.Id, out var first))
            {
                throw item.Error($"organisation '{organisation.Id}' is already replaced at {first}");
            }

            replacedIds[organisation.Id] = item.Where;
            graph.Replace(organisation);
            return;
        }

        if (exists)
        {
            var hint = isUser && shippedIds.Contains(organisation.Id) ? "; add 'replaces: true' to replace the shipped entry, or choose another id" : "";
            throw item.Error($"organisation '{organisation.Id}' is already defined at {existing.DefinedAt}{hint}");
        }

        if (!isUser)
        {
            shippedIds.Add(organisation.Id);
        }

        graph.Add(organisation);
    }

    private static void RequireOrganisation(OrganisationGraph graph, string id, YamlNodeReader where, string role)
    {
        if (!graph.TryGet(id, out _))
        {
            throw where.Error($"{role} '{id}' is not a known organisation id");
        }
    }

    private static Organisation ReadOrganisation(YamlNodeReader item, SourceCatalog sources)
    {
        var provenance = Provenance(item, sources);
        var id = item.RequiredString("id");
        var kindText = item.RequiredString("kind");
        var kind = kindText switch
        {
            "manufacturer" => OrganisationKind.Manufacturer,
            "operator" => OrganisationKind.Operator,
            "service_provider" => OrganisationKind.ServiceProvider,
            "holding" => OrganisationKind.Holding,
            "state_body" => OrganisationKind.StateBody,
            "fund" => OrganisationKind.Fund,
            "person" => OrganisationKind.Person,
            "other" => OrganisationKind.Other,
            _ => throw item.Error($"kind '{kindText}' is not one of manufacturer, operator, service_provider, holding, state_body, fund, person, other"),
        };
        var organisation = new Organisation
        {
            Id = id,
            Name = item.RequiredString("name"),
            CommonName = item.OptionalString("common_name"),
            Kind = kind,
            Country = Country(item, "country"),
            State = Country(item, "state"),
            Aliases = item.StringList("aliases"),
            Categories = item.StringList("categories").Select(item.Category).ToList(),
            InsideDevices = PartRoles(item),
            OperatorUses = OperatorUses(item, sources),
            Asns = item.StringList("asns").Select(a => long.TryParse(a.StartsWith("AS", StringComparison.OrdinalIgnoreCase) ? a[2..] : a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw item.Error($"asn '{a}' is not a number")).ToList(),
            Sources = provenance.Sources,
            Unverified = provenance.Unverified,
            DefinedAt = item.Where,
        };
        _ = item.OptionalString("note");
        item.RejectUnknownKeys();
        if (kind == OrganisationKind.StateBody && organisation.State is null)
        {
            throw item.Error($"state body '{id}' needs 'state' (the country it belongs to)");
        }

        return organisation;
    }

    private static List<OperatorUse> OperatorUses(YamlNodeReader item, SourceCatalog sources)
    {
        var uses = new List<OperatorUse>();
        foreach (var entry in item.Mappings("operator_uses"))
        {
            var text = entry.RequiredString("use");
            var use = Inventory.AssetVocabulary.NormaliseTerm(text);
            if (use is null || !Inventory.AssetVocabulary.Uses.Contains(use))
            {
                throw entry.Error($"operator use '{text}' is not one of {string.Join(", ", Inventory.AssetVocabulary.Uses.Order(StringComparer.Ordinal))}");
            }

            var provenance = Provenance(entry, sources);
            _ = entry.OptionalString("note");
            entry.RejectUnknownKeys();
            uses.Add(new OperatorUse(use, provenance.Sources, provenance.Unverified));
        }

        return uses;
    }

    private static PartRole PartRoles(YamlNodeReader item)
    {
        var roles = PartRole.None;
        foreach (var text in item.StringList("inside_devices"))
        {
            roles |= text switch
            {
                "chips" => PartRole.Chips,
                "network-stack" => PartRole.NetworkStack,
                "agent-software" => PartRole.AgentSoftware,
                "operating-system" => PartRole.OperatingSystem,
                "standard-mib" => PartRole.StandardMib,
                _ => throw item.Error($"inside_devices '{text}' is not one of chips, network-stack, agent-software, operating-system, standard-mib"),
            };
        }

        return roles;
    }

    private static SuccessionEvent ReadSuccession(YamlNodeReader item, SourceCatalog sources)
    {
        var provenance = Provenance(item, sources);
        var kindText = item.RequiredString("event");
        var kind = kindText switch
        {
            "acquired" => SuccessionKind.Acquired,
            "merged" => SuccessionKind.Merged,
            "renamed" => SuccessionKind.Renamed,
            "product_line" => SuccessionKind.ProductLine,
            "spun_off" => SuccessionKind.SpunOff,
            _ => throw item.Error($"event '{kindText}' is not one of acquired, merged, renamed, product_line, spun_off"),
        };
        var succession = new SuccessionEvent(
            item.RequiredString("predecessor"),
            item.RequiredString("successor"),
            item.OptionalDate("date") ?? throw item.Error("a succession event needs 'date' (the day it took effect)"),
            kind,
            item.OptionalString("scope"),
            provenance.Sources,
            provenance.Unverified,
            item.Where);
        _ = item.OptionalString("note");
        item.RejectUnknownKeys();
        if (succession.PredecessorId == succession.SuccessorId)
        {
            throw item.Error($"'{succession.PredecessorId}' cannot succeed itself");
        }

        return succession;
    }

    private static string? Country(YamlNodeReader item, string key)
    {
        var value = item.OptionalString(key);
        return value is null || (value.Length == 2 && value.All(char.IsAsciiLetterUpper))
            ? value
            : throw item.Error($"'{key}' must be an ISO 3166-1 alpha-2 code such as CN or US, not '{value}'");
    }

    private static OwnershipEdge ReadEdge(YamlNodeReader item, SourceCatalog sources)
    {
        var provenance = Provenance(item, sources);
        var share = item.OptionalDecimal("share");
        if (share is < 0 or > 100)
        {
            throw item.Error($"share {share} is outside 0–100");
        }

        var (from, to) = Dates(item);
        var edge = new OwnershipEdge(
            item.RequiredString("owner"),
            item.RequiredString("owned"),
            share,
            item.OptionalBool("control"),
            from,
            to,
            provenance.Sources,
            provenance.Unverified,
            item.OptionalString("note"),
            item.Where);
        item.RejectUnknownKeys();
        if (edge.OwnerId == edge.OwnedId)
        {
            throw item.Error($"'{edge.OwnerId}' cannot own itself");
        }

        return edge;
    }

    private static Brand ReadBrand(YamlNodeReader item, SourceCatalog sources)
    {
        var provenance = Provenance(item, sources);
        var (from, to) = Dates(item);
        var brand = new Brand(
            item.RequiredString("name"),
            item.RequiredString("owner"),
            item.StringList("categories").Select(item.Category).ToList(),
            from,
            to,
            provenance.Sources,
            provenance.Unverified,
            item.Where);
        _ = item.OptionalString("note");
        item.RejectUnknownKeys();
        return brand;
    }

    private static OemRelation ReadOem(YamlNodeReader item, SourceCatalog sources)
    {
        var provenance = Provenance(item, sources);
        var (from, to) = Dates(item);
        var confidence = (double)(item.OptionalDecimal("confidence") ?? 0.5m);
        if (confidence is < 0 or > 1)
        {
            throw item.Error($"confidence {confidence} is outside 0–1");
        }

        var relation = new OemRelation(
            item.RequiredString("maker"),
            item.OptionalString("brand"),
            item.OptionalString("brand_owner"),
            item.StringList("categories").Select(item.Category).ToList(),
            confidence,
            from,
            to,
            provenance.Sources,
            provenance.Unverified,
            item.Where);
        _ = item.OptionalString("note");
        item.RejectUnknownKeys();
        if (relation.BrandName is null == relation.BrandOwnerId is null)
        {
            throw item.Error("an oem relation names either 'brand' or 'brand_owner'");
        }

        return relation;
    }

    private static SuspensionRight ReadSuspensionRight(YamlNodeReader item, SourceCatalog sources)
    {
        var provenance = Provenance(item, sources);
        var (from, to) = Dates(item);
        var basisText = item.RequiredString("basis");
        var basis = basisText switch
        {
            "contract" => SuspensionBasis.Contract,
            "discretion" => SuspensionBasis.Discretion,
            "law" => SuspensionBasis.Law,
            _ => throw item.Error($"basis '{basisText}' is not one of contract, discretion, law"),
        };
        var right = new SuspensionRight(
            item.RequiredString("provider"),
            basis,
            item.RequiredString("summary"),
            item.StringList("categories").Select(item.Category).ToList(),
            from,
            to,
            provenance.Sources,
            provenance.Unverified,
            item.Where);
        _ = item.OptionalString("note");
        item.RejectUnknownKeys();
        return right;
    }

    /// <summary>
    /// A fact's sources, checked, and whether it is unverified: by its own flag, or because every source it names is
    /// itself unverified.
    /// </summary>
    private static (IReadOnlyList<Source> Sources, bool Unverified) Provenance(YamlNodeReader item, SourceCatalog sources)
    {
        var cited = sources.Resolve(item.StringList("sources"), item);
        return (cited, item.OptionalBool("unverified") || cited.All(s => s.Unverified));
    }

    private static (DateOnly? From, DateOnly? To) Dates(YamlNodeReader item)
    {
        var from = item.OptionalDate("from");
        var to = item.OptionalDate("to");
        return from is not null && to is not null && from >= to
            ? throw item.Error($"'from' {from:yyyy-MM-dd} is not before 'to' {to:yyyy-MM-dd}")
            : (from, to);
    }
}
