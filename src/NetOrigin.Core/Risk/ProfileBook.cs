using System.Globalization;
using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Risk.Exposure;

namespace NetOrigin.Risk;

/// <summary>
/// Gives each asset its <see cref="AssetProfile"/>, made once per distinct combination of maker, findings and the
/// asset fields the criteria read. The number of profiles depends on the variety of the inventory, not its size.
/// </summary>
internal sealed class ProfileBook(RiskModel model, SupplierFactsBook suppliers, ControllerTable controllers, IReadOnlyList<CutTarget> cuts, DateOnly asOf)
{
    private readonly Dictionary<ProfileKey, AssetProfile> _profiles = [];
    private readonly List<AssetProfile> _byId = [];
    private readonly IReadOnlySet<AssetRole> _inferredRoles = model.Criterion(RiskCriteria.UserData)?.InferredRoles ?? new HashSet<AssetRole>();

    public AssetProfile this[int id] => _byId[id];

    public int Count => _byId.Count;

    public AssetProfile For(Asset asset, Attribution attribution, IReadOnlyList<Finding> findings)
    {
        var maker = attribution.OperatingSystemOnly ? null : attribution.Manufacturer;
        var digest = FindingDigest.Of(findings);
        var kind = AssetView.EffectiveKind(asset);
        var key = new ProfileKey(maker?.Id, digest, asset.Role, kind, asset.ServiceType, asset.RoutesUserData);
        if (_profiles.TryGetValue(key, out var profile))
        {
            return profile;
        }

        var supplier = maker is null ? null : suppliers.For(maker);
        var controller = supplier is null ? -1 : controllers.IndexOf(supplier.Controller, model.Criteria.Count);
        profile = new AssetProfile(
            _byId.Count,
            supplier,
            controller,
            asset,
            AssetFunction.Of(asset, kind),
            Listing(digest, findings),
            Role(asset),
            UserData(asset),
            Deadline(digest, findings),
            CutOf(supplier));
        _profiles[key] = profile;
        _byId.Add(profile);
        return profile;
    }

    private CutState CutOf(SupplierFacts? supplier)
    {
        if (cuts.Count == 0)
        {
            return CutState.Kept;
        }

        if (supplier is null)
        {
            return CutState.Unknown;
        }

        var states = cuts.Select(c => c.Reaches(supplier.Chain)).ToList();
        return states.Contains(CutState.Cut) ? CutState.Cut : states.Contains(CutState.Unknown) ? CutState.Unknown : CutState.Kept;
    }

    private static CriterionValue Listing(FindingDigest digest, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return CriterionValue.Unknown("no policy pack was evaluated");
        }

        var worst = findings[digest.Worst];
        var facts = new RiskFacts
        {
            Pack = worst.PackId,
            Designation = worst.DesignationId,
            Obligation = worst.ObligationId,
            Status = worst.Status.Name(),
            Deadline = worst.Deadline,
            Field = worst.MissingField,
            Sources = worst.Evidence
                .Where(e => e.Kind is EvidenceKind.Designation or EvidenceKind.Obligation && e.Sources is not null)
                .SelectMany(e => e.Sources!)
                .DistinctBy(s => s.Id)
                .ToList(),
        };
        var why = worst.Evidence.LastOrDefault(e => e.Kind == EvidenceKind.Designation && e.Facts.Designation == worst.DesignationId)?.Text
            ?? worst.Evidence[^1].Text;
        return worst.Status == FindingStatus.Unknown
            ? CriterionValue.Unknown($"{worst.PackId}: unknown ({why})", facts)
            : CriterionValue.Of(worst.Status.Name(), $"{worst.PackId}: {worst.Status.Name()}{(worst.Deadline is { } d ? $" (deadline {Day(d)})" : "")} — {why}", facts);
    }

    private CriterionValue Deadline(FindingDigest digest, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return CriterionValue.Unknown("no policy pack was evaluated");
        }

        if (digest.InForce || digest.Earliest is not null)
        {
            var days = Math.Min(digest.InForce ? 0 : int.MaxValue, digest.Earliest is { } e ? e.DayNumber - asOf.DayNumber : int.MaxValue);
            var text = digest.Earliest is { } earliest && earliest.DayNumber - asOf.DayNumber == days
                ? days >= 0 ? $"{days} days left to the deadline {Day(earliest)}" : $"the deadline {Day(earliest)} passed {-days} days ago"
                : "a prohibition is in force now";
            return CriterionValue.Measured(days, text, new RiskFacts { Deadline = digest.Earliest });
        }

        if (digest.Advisory)
        {
            return CriterionValue.Of("advisory", "a non-binding recommendation applies to it, with no date");
        }

        return digest.AnyUnknown
            ? CriterionValue.Unknown($"whether a deadline applies is unknown: {findings.First(f => f.Status == FindingStatus.Unknown).PackId} could not be decided")
            : CriterionValue.Of("none", "no rule of the packs requires action on it");
    }

    private static CriterionValue Role(Asset asset) => asset.Role == AssetRole.Unspecified
        ? CriterionValue.Unknown("the inventory gives no role", new RiskFacts { Field = "role" })
        : CriterionValue.Of(AssetVocabulary.NameOf(asset.Role), $"role {AssetVocabulary.NameOf(asset.Role)}", new RiskFacts { Field = "role" });

    private CriterionValue UserData(Asset asset) => asset.RoutesUserData switch
    {
        true => CriterionValue.Of("routes-or-sees", "the inventory says it routes or sees user data", new RiskFacts { Field = "routes_user_data" }),
        false => CriterionValue.Of("does-not", "the inventory says it cannot route, redirect or see user data", new RiskFacts { Field = "routes_user_data" }),
        null when _inferredRoles.Contains(asset.Role) => CriterionValue.Of("inferred-from-role", $"not stated; equipment and services in role {AssetVocabulary.NameOf(asset.Role)} carry user traffic", new RiskFacts { Field = "role" }),
        null => CriterionValue.Unknown("the inventory does not say whether it routes or sees user data", new RiskFacts { Field = "routes_user_data" }),
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private readonly record struct ProfileKey(string? MakerId, FindingDigest Digest, AssetRole Role, AssetKind Kind, ServiceType ServiceType, bool? RoutesUserData);
}

/// <summary>
/// What the criteria read from an asset's findings: the worst finding (its status, pack, designation, obligation,
/// deadline) and the earliest date by which any finding calls for action.
/// </summary>
internal readonly record struct FindingDigest(
    int Worst,
    FindingStatus? Status,
    string? Pack,
    string? Designation,
    string? Obligation,
    DateOnly? Deadline,
    string? MissingField,
    DateOnly? Earliest,
    bool InForce,
    bool Advisory,
    bool AnyUnknown)
{
    public static FindingDigest Of(IReadOnlyList<Finding> findings)
    {
        var worst = -1;
        DateOnly? earliest = null;
        bool inForce = false, advisory = false, anyUnknown = false;
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (worst < 0 || finding.Status > findings[worst].Status || (finding.Status == findings[worst].Status && finding.Deadline < findings[worst].Deadline))
            {
                worst = i;
            }

            switch (finding.Status)
            {
                case FindingStatus.Violation when finding.Deadline is null:
                    inForce = true;
                    break;
                case FindingStatus.Violation or FindingStatus.ActionRequired or FindingStatus.Waived when finding.Deadline is { } deadline:
                    earliest = earliest is { } e && e < deadline ? e : deadline;
                    break;
                case FindingStatus.ActionRequired:
                    advisory = true;
                    break;
                case FindingStatus.Unknown:
                    anyUnknown = true;
                    break;
            }
        }

        if (worst < 0)
        {
            return default;
        }

        var w = findings[worst];
        return new FindingDigest(worst, w.Status, w.PackId, w.DesignationId, w.ObligationId, w.Deadline, w.MissingField, earliest, inForce, advisory, anyUnknown);
    }
}
