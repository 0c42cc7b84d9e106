using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace NetOrigin.Server.Auth;

/// <summary>
/// Refuses sign-ins from an address that failed too often within a window (a token guesser, a broken script), so
/// secrets cannot be tried at speed. Shared by every sign-in scheme; kept per server process and bounded in size.
/// </summary>
public sealed class SignInThrottle(IOptions<ServerSettings> settings, TimeProvider clock)
{
    private const int MaxAddresses = 100_000;
    private readonly ConcurrentDictionary<string, Window> _failures = new(StringComparer.Ordinal);

    private TimeSpan Span => TimeSpan.FromSeconds(settings.Value.SignInWindowSeconds);

    /// <summary>Whether <paramref name="address"/> is refused now, and for how long.</summary>
    public bool IsBlocked(IPAddress? address, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!_failures.TryGetValue(Key(address), out var window))
        {
            return false;
        }

        var left = window.Start + Span - clock.GetUtcNow();
        if (left <= TimeSpan.Zero || window.Count < settings.Value.SignInFailuresAllowed)
        {
            return false;
        }

        retryAfter = left;
        return true;
    }

    public void Failed(IPAddress? address)
    {
        if (_failures.Count >= MaxAddresses)
        {
            _failures.Clear();
        }

        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(
            Key(address),
            _ => new Window(now, 1),
            (_, window) => window.Start + Span <= now ? new Window(now, 1) : window with { Count = window.Count + 1 });
    }

    private static string Key(IPAddress? address) => address?.ToString() ?? "unknown";

    private sealed record Window(DateTimeOffset Start, int Count);
}
