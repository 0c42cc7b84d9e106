namespace NetOrigin.Reports;

/// <summary>
/// Spreadsheets run a cell that starts with =, +, - or @ (a tab or carriage return may come first) as a formula. A
/// value echoed from an input into a delimited output is made text by an apostrophe in front, as spreadsheets read it.
/// </summary>
internal static class FormulaGuard
{
    public static bool IsNeeded(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string Apply(string value) => IsNeeded(value) ? "'" + value : value;
}
