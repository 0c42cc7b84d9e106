using System.Text;

namespace NetOrigin.Reports;

/// <summary>Tab-separated rows with a header; cells go through <see cref="TsvCell"/> (one line per row, no formulas).</summary>
public sealed class TsvIdentificationWriter : IIdentificationWriter
{
    private readonly TextWriter _output;
    private readonly StringBuilder _line = new(512);

    public TsvIdentificationWriter(TextWriter output)
    {
        _output = output;
        _output.Write(string.Join('\t', IdentificationRow.Columns) + "\n");
    }

    public void Write(IdentificationRow row)
    {
        _line.Clear();
        TsvCell.Append(_line, row.Id).Append('\t');
        TsvCell.Append(_line, row.Manufacturer).Append('\t');
        TsvCell.Append(_line, row.Product).Append('\t');
        TsvCell.Append(_line, row.DeviceType).Append('\t');
        _line.Append(row.ConfidenceText).Append('\t');
        TsvCell.Append(_line, row.Evidence).Append('\t');
        TsvCell.Append(_line, row.OsVendor).Append('\t');
        TsvCell.Append(_line, row.LegalName).Append('\n');
        _output.Write(_line);
    }

    public void Flush() => _output.Flush();
}
