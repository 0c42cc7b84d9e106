using System.Text;

namespace NetOrigin.Reports;

/// <summary>
/// Writes tab-separated cells: guarded against spreadsheet formulas (<see cref="FormulaGuard"/>), with tabs and line
/// breaks inside a value turned into spaces so that every row stays one line of the same number of cells.
/// </summary>
public static class TsvCell
{
    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("\t\r\n");

    internal static StringBuilder Append(StringBuilder line, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return line;
        }

        if (FormulaGuard.IsNeeded(value))
        {
            line.Append('\'');
        }

        // Most values hold no tab or line break: they are copied whole, not character by character.
        var rest = value.AsSpan();
        for (var i = rest.IndexOfAny(Breaks); i >= 0; i = rest.IndexOfAny(Breaks))
        {
            line.Append(rest[..i]).Append(' ');
            rest = rest[(i + 1)..];
        }

        return line.Append(rest);
    }

    /// <summary>The cells joined by tabs, as one row without its line break.</summary>
    public static string Row(params string?[] values)
    {
        var line = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                line.Append('\t');
            }

            Append(line, values[i]);
        }

        return line.ToString();
    }
}
