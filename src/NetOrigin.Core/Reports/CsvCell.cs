using System.Text;

namespace NetOrigin.Reports;

/// <summary>
/// Writes CSV cells that spreadsheets cannot execute: a cell that would start with =, +, -, @, tab or carriage
/// return is prefixed with an apostrophe, then quoted as RFC 4180 requires.
/// </summary>
public static class CsvCell
{
    public static void Append(StringBuilder line, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var guarded = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        if (guarded.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(guarded);
            return;
        }

        line.Append('"').Append(guarded.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    public static string Format(string? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }
}
