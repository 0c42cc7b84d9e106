using System.Globalization;
using NetOrigin.Inventory;
using NetOrigin.ReferenceData;

namespace NetOrigin.Risk;

/// <summary>
/// Reads a risk model file (docs/risk.md). Everything that would make a score wrong is an error naming the file and
/// line: an unknown criterion or level, a weight outside 0–100 or weights that do not add up to 100, a factor
/// outside 0–1, bands out of order, a criterion without sources.
/// </summary>
internal static class RiskModelLoader
{
    public static RiskModel Load(string path, SourceCatalog sources) => Read(YamlNodeReader.LoadFile(path), sources, path);

    public static RiskModel Load(TextReader reader, string name, SourceCatalog sources) => Read(YamlNodeReader.Load(reader, name), sources, name);

    private static RiskModel Read(YamlNodeReader root, SourceCatalog sources, string file)
    {
        var id = root.RequiredString("id");
        var title = root.RequiredString("title");
        var version = root.RequiredString("version");
        var summary = root.OptionalString("summary");
        var cited = sources.Resolve(root.StringList("sources"), root);
        var items = root.Mappings("criteria");
        root.RejectUnknownKeys();
        if (items.Count == 0)
        {
            throw root.Error("'criteria' is required: a model scores at least one criterion");
        }

        var criteria = new List<RiskCriterion>(items.Count);
        foreach (var item in items)
        {
            var criterion = ReadCriterion(item, sources);
            if (criteria.FirstOrDefault(c => c.Id == criterion.Id) is { } first)
            {
                throw item.Error($"criterion '{criterion.Id}' is already given at {first.DefinedAt}");
            }

            criteria.Add(criterion);
        }

        var total = criteria.Sum(c => c.Weight);
        if (total != RiskModel.TotalWeight)
        {
            throw items[0].Error($"the weights add up to {Number(total)}, not {Number(RiskModel.TotalWeight)}: a score is out of {Number(RiskModel.TotalWeight)}");
        }

        return new RiskModel(id, title, version, summary, cited, criteria, file);
    }

    private static RiskCriterion ReadCriterion(YamlNodeReader item, SourceCatalog sources)
    {
        var id = item.RequiredString("id");
        var definition = RiskCriteria.Find(id)
            ?? throw item.Error($"unknown criterion '{id}'; a model may use {string.Join(", ", RiskCriteria.All.Select(c => c.Id))}");
        var weightValue = item.OptionalDecimal("weight") ?? throw item.Error($"criterion '{id}' needs a 'weight' (points out of {Number(RiskModel.TotalWeight)})");
        if (weightValue is < 0 or > RiskModel.TotalWeight)
        {
            throw item.Error($"weight {Number(weightValue)} of '{id}' is outside 0–{Number(RiskModel.TotalWeight)}");
        }

        var levels = ReadLevels(item, definition);
        var bands = ReadBands(item, definition);
        var inferred = ReadInferredRoles(item, definition);
        var cited = sources.Resolve(item.StringList("sources"), item);
        var unverified = item.OptionalBool("unverified") || cited.All(s => s.Unverified);
        var note = item.OptionalString("note");
        item.RejectUnknownKeys();
        return new RiskCriterion(definition, weightValue, levels, bands, inferred, cited, unverified, note, item.Where);
    }

    private static Dictionary<string, decimal> ReadLevels(YamlNodeReader item, CriterionDefinition definition)
    {
        var levels = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var node = item.Mapping("levels");
        if (node is null)
        {
            return definition.Levels.Count == 0
                ? levels
                : throw item.Error($"criterion '{definition.Id}' needs 'levels' with a factor for each of {string.Join(", ", definition.Levels)}");
        }

        foreach (var (level, line) in node.Keys())
        {
            var where = $"{node.File}:{line}";
            if (!definition.Levels.Contains(level, StringComparer.Ordinal))
            {
                throw new ReferenceDataException(definition.Levels.Count == 0
                    ? $"{where}: '{definition.Id}' is measured as a number and has no levels; score it with 'bands'"
                    : $"{where}: '{level}' is not a level of '{definition.Id}'; its levels are {string.Join(", ", definition.Levels)}");
            }

            levels[level] = Factor(node.OptionalDecimal(level), where, $"level '{level}' of '{definition.Id}'");
        }

        if (definition.Levels.FirstOrDefault(l => !levels.ContainsKey(l)) is { } missing)
        {
            throw node.Error($"'{definition.Id}' gives no factor for level '{missing}'; every level needs one ({string.Join(", ", definition.Levels)})");
        }

        return levels;
    }

    private static List<RiskBand> ReadBands(YamlNodeReader item, CriterionDefinition definition)
    {
        var items = item.Mappings("bands");
        if (!definition.HasBands)
        {
            return items.Count == 0 ? [] : throw items[0].Error($"'{definition.Id}' is scored by levels, not bands");
        }

        if (items.Count == 0)
        {
            throw item.Error($"criterion '{definition.Id}' needs 'bands' (its value is a number of {definition.BandUnit}), the last one without 'up_to'");
        }

        var bands = new List<RiskBand>(items.Count);
        foreach (var band in items)
        {
            var upTo = band.OptionalDecimal("up_to");
            var factor = Factor(band.OptionalDecimal("factor"), band.Where, $"a band of '{definition.Id}'");
            band.RejectUnknownKeys();
            var last = bands.Count == items.Count - 1;
            if (last != upTo is null)
            {
                throw band.Error(last
                    ? $"the last band of '{definition.Id}' takes every larger value, so it has no 'up_to'"
                    : $"only the last band of '{definition.Id}' may leave out 'up_to'");
            }

            if (upTo is not null && bands.Count > 0 && upTo <= bands[^1].UpTo)
            {
                throw band.Error($"bands of '{definition.Id}' must rise: up_to {Number(upTo.Value)} is not above {Number(bands[^1].UpTo!.Value)}");
            }

            bands.Add(new RiskBand(upTo, factor));
        }

        return bands;
    }

    private static HashSet<AssetRole> ReadInferredRoles(YamlNodeReader item, CriterionDefinition definition)
    {
        var names = item.StringList("inferred_roles");
        if (names.Count > 0 && definition.Id != RiskCriteria.UserData)
        {
            throw item.Error($"'inferred_roles' belongs to '{RiskCriteria.UserData}' only");
        }

        return names.Select(item.Role).ToHashSet();
    }

    private static decimal Factor(decimal? value, string where, string what) => value switch
    {
        null => throw new ReferenceDataException($"{where}: {what} needs a factor from 0 to 1"),
        < 0 or > 1 => throw new ReferenceDataException($"{where}: the factor {Number(value.Value)} of {what} is outside 0–1"),
        _ => value.Value,
    };

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
