using NetOrigin.ReferenceData;

namespace NetOrigin.Planning.Inputs;

/// <summary>Reads the budget file (docs/planning.md, "Budget file"); every error names file and line.</summary>
public static class PlanConstraintsLoader
{
    public static PlanConstraints Load(string path) => Read(YamlNodeReader.LoadFile(path), path);

    public static PlanConstraints Load(TextReader reader, string name) => Read(YamlNodeReader.Load(reader, name), name);

    private static PlanConstraints Read(YamlNodeReader root, string file)
    {
        var currency = root.OptionalString("currency") ?? "USD";
        var carryOver = root.OptionalBool("carry_over", fallback: true);
        var periods = new List<BudgetPeriod>();
        foreach (var node in root.Mappings("periods"))
        {
            var from = node.OptionalDate("from") ?? throw node.Error("'from' is required");
            var to = node.OptionalDate("to") ?? throw node.Error("'to' is required");
            if (to <= from)
            {
                throw node.Error($"period {from:yyyy-MM-dd} to {to:yyyy-MM-dd} is empty: 'to' must be after 'from'");
            }

            var amount = node.OptionalDecimal("amount") ?? throw node.Error("'amount' is required");
            if (amount < 0)
            {
                throw node.Error($"amount {amount} is negative: a budget period gives money, it cannot take it");
            }

            var label = node.OptionalString("label") ?? (from.Month == 1 && from.Day == 1 && to == from.AddYears(1) ? from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}");
            node.RejectUnknownKeys();
            var overlap = periods.FirstOrDefault(p => p.From < to && from < p.To);
            if (overlap is not null)
            {
                throw node.Error($"period {label} overlaps period {overlap.Label} defined at {overlap.DefinedAt}");
            }

            periods.Add(new BudgetPeriod(label, from, to, amount, node.Where));
        }

        periods.Sort((a, b) => a.From.CompareTo(b.From));
        var programme = root.Mapping("programme") is { } p ? ReadProgramme(p) : null;

        var crews = new List<CrewChange>();
        foreach (var node in root.Mappings("crews"))
        {
            var from = node.OptionalDate("from") ?? throw node.Error("'from' is required");
            var count = node.OptionalDecimal("crews") ?? throw node.Error("'crews' is required");
            if (count < 0 || count != Math.Floor(count) || count > 1000)
            {
                throw node.Error($"crews {count} must be a whole number from 0 to 1000");
            }

            node.RejectUnknownKeys();
            crews.Add(new CrewChange(from, (int)count, node.Where));
        }

        crews.Sort((a, b) => a.From.CompareTo(b.From));

        var blackouts = new List<Blackout>();
        foreach (var node in root.Mappings("blackouts"))
        {
            var from = node.OptionalDate("from") ?? throw node.Error("'from' is required");
            var to = node.OptionalDate("to") ?? throw node.Error("'to' is required");
            var yearly = node.OptionalBool("yearly");
            if (to <= from || (yearly && to > from.AddYears(1)))
            {
                throw node.Error($"blackout {from:yyyy-MM-dd} to {to:yyyy-MM-dd} must end after it starts{(yearly ? " and, yearly, within a year" : "")}");
            }

            var blackout = new Blackout(from, to, node.StringList("sites"), node.StringList("roles").Select(node.Role).ToHashSet(), yearly, node.OptionalString("reason"), node.Where);
            node.RejectUnknownKeys();
            blackouts.Add(blackout);
        }

        var precedence = new List<PrecedenceRule>();
        foreach (var node in root.Mappings("precedence"))
        {
            var before = node.StringList("before");
            var after = node.StringList("after");
            if (before.Count == 0 || after.Count == 0)
            {
                throw node.Error("a precedence rule names sites in both 'before' and 'after'");
            }

            var rule = new PrecedenceRule(before, after, node.OptionalString("reason"), node.Where);
            node.RejectUnknownKeys();
            precedence.Add(rule);
        }

        var additions = new List<ItemSelection>();
        foreach (var node in root.Mappings("add"))
        {
            var selection = new ItemSelection(
                node.StringList("asset_ids").ToHashSet(StringComparer.Ordinal),
                node.StringList("manufacturers").ToHashSet(StringComparer.Ordinal),
                node.StringList("sites"),
                node.OptionalDate("deadline"),
                node.RequiredString("reason"),
                node.Where);
            if (selection.AssetIds.Count == 0 && selection.Manufacturers.Count == 0 && selection.Sites.Count == 0)
            {
                throw node.Error("an 'add' entry selects items by asset_ids, manufacturers or sites");
            }

            node.RejectUnknownKeys();
            additions.Add(selection);
        }

        root.RejectUnknownKeys();
        return new PlanConstraints(file, currency, carryOver, periods, programme, crews, blackouts, precedence, additions);
    }

    private static ProgrammeTerm ReadProgramme(YamlNodeReader node)
    {
        var months = node.OptionalDecimal("term_months") ?? 12;
        var extension = node.OptionalDecimal("extension_months") ?? 0;
        if (months <= 0 || months != Math.Floor(months) || months > 240 || extension < 0 || extension != Math.Floor(extension) || extension > 240)
        {
            throw node.Error("'term_months' must be a whole number from 1 to 240 and 'extension_months' from 0 to 240");
        }

        var term = new ProgrammeTerm(
            node.OptionalString("name") ?? "programme",
            node.StringList("packs").ToHashSet(StringComparer.Ordinal),
            node.StringList("designations").ToHashSet(StringComparer.Ordinal),
            node.OptionalDate("obtained_by"),
            node.OptionalDate("first_disbursement") ?? throw node.Error("'first_disbursement' is required: the removal term runs from it"),
            (int)months,
            (int)extension,
            node.Where);
        node.RejectUnknownKeys();
        return term;
    }
}
