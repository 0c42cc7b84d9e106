using System.Text;

namespace NetOrigin.Reports;

/// <summary>Tab-separated rows with a header. Tabs and line breaks inside values become spaces so every row is one line.</summary>
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
        Cell(row.Id).Append('\t');
        Cell(row.Manufacturer).Append('\t');
        Cell(row.Product).Append('\t');
        Cell(row.DeviceType).Append('\t');
        _line.Append(row.ConfidenceText).Append('\t');
        Cell(row.Evidence).Append('\t');
        Cell(row.OsVendor).Append('\t');
        Cell(row.LegalName).Append('\n');
        _output.Write(_line);
    }

    public void Flush() => _output.Flush();

    private StringBuilder Cell(string value)
    {
        foreach (var c in value)
        {
            _line.Append(c is '\t' or '\r' or '\n' ? ' ' : c);
        }

        return _line;
    }
}
