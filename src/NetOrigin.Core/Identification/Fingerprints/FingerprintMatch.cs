namespace NetOrigin.Identification.Fingerprints;

/// <summary>A fingerprint that matched a text, with the parameter values it yielded.</summary>
public sealed record FingerprintMatch(Fingerprint Fingerprint, IReadOnlyDictionary<string, string> Params)
{
    public string? this[string name] => Params.GetValueOrDefault(name);

    public string? HwVendor => this[ParamNames.HwVendor];
    public string? HwProduct => this[ParamNames.HwProduct];
    public string? HwDevice => this[ParamNames.HwDevice];
    public string? OsVendor => this[ParamNames.OsVendor];
    public string? OsProduct => this[ParamNames.OsProduct];
    public string? ServiceVendor => this[ParamNames.ServiceVendor];
}
