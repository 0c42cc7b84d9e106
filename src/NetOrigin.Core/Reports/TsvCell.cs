using System.Text;

namespace NetOrigin.Reports;

/// <summary>
/// Writes tab-separated cells: guarded against spreadsheet formulas (<see cref="FormulaGuard"/>), with tabs and line
/// breaks inside a value turned into spaces so that every row stays one line of the same number of cells.
/// </summary>
public static class TsvCell
{
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

        foreach (var c in value)
        {
            line.Append(c is '\t' or '\r' or '\n' ? ' ' : c);
        }

        return line;
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
