using System.Globalization;
using NetOrigin.ReferenceData;

namespace NetOrigin.Entities;

/// <summary>Reads organisation files (docs/reference-data.md) into an <see cref="OrganisationGraph"/>.</summary>
public static class OrganisationGraphLoader
{
    /// <summary>Loads every *.yaml in <paramref name="directory"/>, then each of <paramref name="extraFiles"/> over them.</summary>
    public static OrganisationGraph Load(string directory, SourceCatalog sources, IEnumerable<string>? extraFiles = null)
    {
        var files = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        files.AddRange(extraFiles ?? []);
        var graph = new OrganisationGraph();
        var pendingEdges = new List<(YamlNodeReader Where, OwnershipEdge Edge)>();
        var pendingBrands = new List<(YamlNodeReader Where, Brand Brand)>();
        var pendingOem = new List<(YamlNodeReader Where, OemRelation Relation)>();
        foreach (var file in files)
        {
            var root = YamlNodeReader.LoadFile(file);
            foreach (var item in root.Mappings("organisations"))
            {
                var organisation = ReadOrganisation(item, sources);
                if (graph.TryGet(organisation.Id, out var existing))
                {
                    throw item.Error($"organisation '{organisation.Id}' is already defined at {existing.DefinedAt}");
                }

                graph.Add(organisation);
            }

            pendingEdges.AddRange(root.Mappings("ownership").Select(item => (item, ReadEdge(item, sources))));
            pendingBrands.AddRange(root.Mappings("brands").Select(item => (item, ReadBrand(item, sources))));
            pendingOem.AddRange(root.Mappings("oem").Select(item => (item, ReadOem(item, sources))));
            root.RejectUnknownKeys();
        }

        // References are checked once every file is read, so files may refer to each other in any order.
        foreach (var (where, edge) in pendingEdges)
        {
            RequireOrganisation(graph, edge.OwnerId, where, "owner");
            RequireOrganisation(graph, edge.OwnedId, where, "owned");
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

        return graph;
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
            Categories = item.StringList("categories"),
            Asns = item.StringList("asns").Select(a => long.TryParse(a.StartsWith("AS", StringComparison.OrdinalIgnoreCase) ? a[2..] : a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw item.Error($"asn '{a}' is not a number")).ToList(),
            Sources = sources.Resolve(item.StringList("sources"), item),
            Unverified = item.OptionalBool("unverified"),
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

    private static string? Country(YamlNodeReader item, string key)
    {
        var value = item.OptionalString(key);
        return value is null || (value.Length == 2 && value.All(char.IsAsciiLetterUpper))
            ? value
            : throw item.Error($"'{key}' must be an ISO 3166-1 alpha-2 code such as CN or US, not '{value}'");
    }

    private static OwnershipEdge ReadEdge(YamlNodeReader item, SourceCatalog sources)
    {
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
            sources.Resolve(item.StringList("sources"), item),
            item.OptionalBool("unverified"),
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
        var (from, to) = Dates(item);
        var brand = new Brand(
            item.RequiredString("name"),
            item.RequiredString("owner"),
            item.StringList("categories"),
            from,
            to,
            sources.Resolve(item.StringList("sources"), item),
            item.OptionalBool("unverified"),
            item.Where);
        _ = item.OptionalString("note");
        item.RejectUnknownKeys();
        return brand;
    }

    private static OemRelation ReadOem(YamlNodeReader item, SourceCatalog sources)
    {
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
            item.StringList("categories"),
            confidence,
            from,
            to,
            sources.Resolve(item.StringList("sources"), item),
            item.OptionalBool("unverified"),
            item.Where);
        _ = item.OptionalString("note");
        item.RejectUnknownKeys();
        if (relation.BrandName is null == relation.BrandOwnerId is null)
        {
            throw item.Error("an oem relation names either 'brand' or 'brand_owner'");
        }

        return relation;
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
