namespace NetOrigin.Reports;

/// <summary>Writes `netorigin identify` rows in one output format.</summary>
public interface IIdentificationWriter
{
    void Write(IdentificationRow row);

    void Flush();
}
