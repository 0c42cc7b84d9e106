namespace NetOrigin.Inventory;

/// <summary>Which inventory field each column of a header feeds.</summary>
internal sealed class ColumnMap
{
    private ColumnMap(int[] columnFields, IReadOnlyList<string> unusedColumns)
    {
        ColumnFields = columnFields;
        UnusedColumns = unusedColumns;
    }

    /// <summary>For each column, the <see cref="InventoryField"/> it feeds, or -1.</summary>
    public int[] ColumnFields { get; }
    public IReadOnlyList<string> UnusedColumns { get; }

    public static ColumnMap FromHeader(IReadOnlyList<string> header, string where)
    {
        var columnFields = new int[header.Count];
        var unused = new List<string>();
        var hasId = false;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (FieldCatalog.TryResolve(name, out var field))
            {
                columnFields[i] = (int)field;
                hasId |= field == InventoryField.Id;
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

        return new ColumnMap(columnFields, unused);
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
