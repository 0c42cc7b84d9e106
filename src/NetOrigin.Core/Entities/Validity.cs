namespace NetOrigin.Entities;

/// <summary>
/// When a dated fact holds: from its first day up to, not including, the first day it no longer does. Either end
/// may be open.
/// </summary>
internal static class Validity
{
    public static bool Holds(DateOnly? from, DateOnly? to, DateOnly date) => (from is null || from <= date) && (to is null || date < to);
}
