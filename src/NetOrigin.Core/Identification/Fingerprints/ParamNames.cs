namespace NetOrigin.Identification.Fingerprints;

/// <summary>The parameter names identification reads (recog's vocabulary; other names are kept but unused).</summary>
internal static class ParamNames
{
    public const string HwVendor = "hw.vendor";
    public const string HwProduct = "hw.product";
    public const string HwDevice = "hw.device";
    public const string OsVendor = "os.vendor";
    public const string OsProduct = "os.product";
    public const string OsVersion = "os.version";
    public const string ServiceVendor = "service.vendor";
    public const string ServiceProduct = "service.product";
}
