namespace NetOrigin.Policies.Waivers;

/// <summary>
/// A recorded decision to tolerate findings for a while: who approved it, why, and from when until when. It applies
/// only on dates <c>Granted ≤ as-of &lt; Expires</c>, so an expired waiver stops applying by itself.
/// </summary>
public sealed record Waiver(
    string Id,
    WaiverScope Scope,
    string Justification,
    string Approver,
    DateOnly Granted,
    DateOnly Expires,
    string Where)
{
    internal bool IsActiveOn(DateOnly asOf) => Granted <= asOf && asOf < Expires;

    /// <summary>Active on <paramref name="asOf"/> and expiring within <paramref name="days"/> days of it.</summary>
    public bool ExpiresWithin(DateOnly asOf, int days) => IsActiveOn(asOf) && Expires.DayNumber - asOf.DayNumber <= days;

    public WaiverState StateOn(DateOnly asOf) =>
        asOf < Granted ? WaiverState.NotYetGranted
        : asOf >= Expires ? WaiverState.Expired
        : WaiverState.Active;
}

public enum WaiverState
{
    NotYetGranted,
    Active,
    Expired,
}
