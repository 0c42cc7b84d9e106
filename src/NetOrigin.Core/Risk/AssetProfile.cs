using NetOrigin.Entities;

namespace NetOrigin.Risk;

/// <summary>
/// Everything a score depends on that assets share: the maker and its supplier facts, the function, and the values
/// of the criteria read from the asset and its findings. Assets with one profile score alike, so a score is worked
/// out once per profile (and exposure variant), however many assets share it.
/// </summary>
internal sealed class AssetProfile
{
    private readonly RiskScore?[] _scores = new RiskScore?[5];

    public AssetProfile(int id, SupplierFacts? supplier, int controller, Inventory.Asset asset, AssetFunction function, CriterionValue listing, CriterionValue role, CriterionValue userData, CriterionValue deadline, CutState cut)
    {
        Id = id;
        AssetRole = asset.Role;
        ServiceType = asset.ServiceType;
        Supplier = supplier;
        Controller = controller;
        Function = function;
        Listing = listing;
        Role = role;
        UserData = userData;
        Deadline = deadline;
        Cut = cut;
    }

    public int Id { get; }

    /// <summary>How many assets of the run have this profile.</summary>
    public long Assets { get; set; }

    public Inventory.AssetRole AssetRole { get; }
    public Inventory.ServiceType ServiceType { get; }

    /// <summary>The maker's facts; null when nothing identifies the asset.</summary>
    public SupplierFacts? Supplier { get; }

    /// <summary>Index of the ultimate controller in the run's <see cref="ControllerTable"/>; -1 when unknown.</summary>
    public int Controller { get; }
    public AssetFunction Function { get; }
    public CriterionValue Listing { get; }
    public CriterionValue Role { get; }
    public CriterionValue UserData { get; }
    public CriterionValue Deadline { get; }

    /// <summary>Whether a cut-off of the run's target stops this asset's supplier.</summary>
    public CutState Cut { get; }

    public Organisation? Maker => Supplier?.Maker;

    /// <summary>The profile's score with the given exposure, once the supplier shares are known.</summary>
    public RiskScore ScoreFor(ExposureLevel exposure, Func<AssetProfile, ExposureLevel, RiskScore> score) =>
        _scores[(int)exposure] ??= score(this, exposure);
}

/// <summary>The exposure criterion's value for one asset at its site.</summary>
internal enum ExposureLevel
{
    SoleSupplier,
    Shared,

    /// <summary>The asset's own supplier is not known.</summary>
    UnknownSupplier,

    /// <summary>Its controller is the only known one, but others at the site are of unknown supply.</summary>
    UnknownOthers,

    /// <summary>The inventory gives no site.</summary>
    NoSite,
}

/// <summary>What a cut-off of the target does to one asset's supplier.</summary>
internal enum CutState
{
    /// <summary>No cut-off is being analysed, or the target does not supply it.</summary>
    Kept,

    /// <summary>The target, or a company under it, supplies it.</summary>
    Cut,

    /// <summary>Who supplies or controls it is not known, so whether the target reaches it is not known.</summary>
    Unknown,
}
