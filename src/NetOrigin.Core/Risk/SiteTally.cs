namespace NetOrigin.Risk;

/// <summary>One site's assets as the partition sweep counts them: per profile, and per function by ultimate controller.</summary>
internal sealed class SiteTally(string? site)
{
    /// <summary>How many ids of cut assets a function keeps as examples.</summary>
    public const int MaxExampleAssets = 10;

    public string? Site { get; } = site;
    public long Assets { get; private set; }
    public Dictionary<int, long> Profiles { get; } = [];
    public Dictionary<AssetFunction, FunctionTally> Functions { get; } = [];

    public void Add(in AssetRecord record, AssetProfile profile)
    {
        Assets++;
        Profiles[profile.Id] = Profiles.GetValueOrDefault(profile.Id) + 1;
        if (!Functions.TryGetValue(profile.Function, out var function))
        {
            Functions[profile.Function] = function = new FunctionTally();
        }

        function.Add(record, profile);
    }
}

/// <summary>One function at one site: assets per ultimate controller (cut and kept), and those of unknown supply.</summary>
internal sealed class FunctionTally
{
    /// <summary>
    /// Per controller: its assets, how many of them a cut-off stops, and how many it may or may not stop (makers
    /// outside the organisation data, whose owners are unknown).
    /// </summary>
    public Dictionary<int, (long Assets, long Cut, long ReachUnknown)> Controllers { get; } = [];

    /// <summary>Assets nothing identifies.</summary>
    public long Unknown { get; private set; }
    public List<string> CutAssets { get; } = [];

    public long Assets => Unknown + Controllers.Values.Sum(c => c.Assets);

    public void Add(in AssetRecord record, AssetProfile profile)
    {
        if (profile.Controller < 0)
        {
            Unknown++;
            return;
        }

        var cut = profile.Cut == CutState.Cut;
        var (assets, cutAssets, reachUnknown) = Controllers.GetValueOrDefault(profile.Controller);
        Controllers[profile.Controller] = (assets + 1, cutAssets + (cut ? 1 : 0), reachUnknown + (profile.Cut == CutState.Unknown ? 1 : 0));

        if (cut && CutAssets.Count < SiteTally.MaxExampleAssets)
        {
            CutAssets.Add(record.Id);
        }
    }

    /// <summary>The exposure of an asset of <paramref name="controller"/> here: alone, or beside another independent controller.</summary>
    public ExposureLevel ExposureOf(int controller)
    {
        if (controller < 0)
        {
            return ExposureLevel.UnknownSupplier;
        }

        if (Controllers.Keys.Any(c => c != controller))
        {
            return ExposureLevel.Shared;
        }

        return Unknown > 0 ? ExposureLevel.UnknownOthers : ExposureLevel.SoleSupplier;
    }
}
