using System.Text;

namespace NetOrigin.Reports;

/// <summary>RFC 4180 rows with a header; cells go through <see cref="CsvCell"/> so a spreadsheet cannot run them as formulas.</summary>
public sealed class CsvIdentificationWriter : IIdentificationWriter
{
    private readonly TextWriter _output;
    private readonly StringBuilder _line = new(512);

    public CsvIdentificationWriter(TextWriter output)
    {
        _output = output;
        _output.Write(string.Join(',', IdentificationRow.Columns) + "\n");
    }

    public void Write(IdentificationRow row)
    {
        _line.Clear();
        CsvCell.Append(_line, row.Id);
        _line.Append(',');
        CsvCell.Append(_line, row.Manufacturer);
        _line.Append(',');
        CsvCell.Append(_line, row.Product);
        _line.Append(',');
        CsvCell.Append(_line, row.DeviceType);
        _line.Append(',').Append(row.ConfidenceText).Append(',');
        CsvCell.Append(_line, row.Evidence);
        _line.Append(',');
        CsvCell.Append(_line, row.OsVendor);
        _line.Append(',');
        CsvCell.Append(_line, row.LegalName);
        _output.Write(_line.Append('\n'));
    }

    public void Flush() => _output.Flush();
}
