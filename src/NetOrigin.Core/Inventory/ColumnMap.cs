namespace NetOrigin.Inventory;

/// <summary>Which inventory field each column of a header feeds.</summary>
internal sealed class ColumnMap
{
    private ColumnMap(int[] columnFields, string[] names, IReadOnlyList<string> unusedColumns, IReadOnlyList<string> warnings)
    {
        ColumnFields = columnFields;
        Names = names;
        UnusedColumns = unusedColumns;
        Warnings = warnings;
    }

    /// <summary>For each column, the <see cref="InventoryField"/> it feeds, or -1.</summary>
    public int[] ColumnFields { get; }

    /// <summary>Each column's name as the header gives it.</summary>
    public string[] Names { get; }
    public IReadOnlyList<string> UnusedColumns { get; }

    /// <summary>One warning for each column that gives a field an earlier column already gives.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Whether two columns give the same field, so rows must be checked for disagreeing values.</summary>
    public bool HasDuplicates => Warnings.Count > 0;

    /// <summary>The header warning for a field given by two columns (or JSON keys).</summary>
    public static string DuplicateWarning(string what, string first, string second, InventoryField field) =>
        $"{what} '{first}' and '{second}' both give the field {FieldCatalog.ToSnakeCase(field.ToString())}: the first with a value is used, and a record where the other differs says so in its evidence";

    /// <summary>The note a record carries when two columns (or keys) for one field hold different values.</summary>
    public static string ConflictNote(string what, string used, string usedValue, string other, string otherValue) =>
        $"{what} '{used}' and '{other}' disagree: '{Short(usedValue)}' from '{used}' is used, '{Short(otherValue)}' from '{other}' is not";

    private static string Short(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 80), "…");

    public static ColumnMap FromHeader(IReadOnlyList<string> header, string where)
    {
        var columnFields = new int[header.Count];
        var names = new string[header.Count];
        var unused = new List<string>();
        var warnings = new List<string>();
        var firstColumn = new Dictionary<InventoryField, string>();
        var hasId = false;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            names[i] = name;
            if (FieldCatalog.TryResolve(name, out var field))
            {
                columnFields[i] = (int)field;
                hasId |= field == InventoryField.Id;
                if (!firstColumn.TryAdd(field, name))
                {
                    warnings.Add(DuplicateWarning("columns", firstColumn[field], name, field));
                }
            }
            else
            {
                columnFields[i] = -1;
                if (name.Length > 0)
                {
                    unused.Add(name);
                }
            }
        }

        if (!hasId)
        {
            throw new InventoryFormatException($"{where}: no 'id' column in the header ({string.Join(", ", header.Select(h => $"'{h}'"))}); every inventory needs one");
        }

        return new ColumnMap(columnFields, names, unused, warnings);
    }

    /// <summary>Trims a value; empty and placeholder values ("-", "n/a", "null") mean absent.</summary>
    public static string? Clean(string raw)
    {
        var value = raw.AsSpan().Trim();
        if (value.IsEmpty
            || value is "-" or "--" or "?"
            || value.Equals("n/a", StringComparison.OrdinalIgnoreCase)
            || value.Equals("null", StringComparison.OrdinalIgnoreCase)
            || value.Equals("none", StringComparison.OrdinalIgnoreCase)
            || value.Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return value.Length == raw.Length ? raw : new string(value);
    }
}
