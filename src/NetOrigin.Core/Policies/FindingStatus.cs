namespace NetOrigin.Policies;

/// <summary>A verdict, in increasing order of severity. Unknown is never treated as compliant.</summary>
public enum FindingStatus
{
    Compliant,
    Exempt,
    Waived,
    Unknown,
    ActionRequired,
    Violation,
}

public static class FindingStatusNames
{
    public static string Name(this FindingStatus status) => status switch
    {
        FindingStatus.Compliant => "compliant",
        FindingStatus.Exempt => "exempt",
        FindingStatus.Waived => "waived",
        FindingStatus.Unknown => "unknown",
        FindingStatus.ActionRequired => "action_required",
        _ => "violation",
    };

    public static bool TryParse(string text, out FindingStatus status)
    {
        foreach (var candidate in Enum.GetValues<FindingStatus>())
        {
            if (candidate.Name().Equals(text.Trim().Replace('-', '_'), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
