using System.Text;

namespace NetOrigin.Reports;

/// <summary>
/// Writes CSV cells that spreadsheets cannot execute (<see cref="FormulaGuard"/>), quoted as RFC 4180 requires.
/// </summary>
public static class CsvCell
{
    public static void Append(StringBuilder line, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var guarded = FormulaGuard.Apply(value);
        if (guarded.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(guarded);
            return;
        }

        line.Append('"').Append(guarded.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    internal static string Format(string? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }
}
