using System.Net;

namespace NetOrigin.Connectors.Snmp.Discovery;

/// <summary>What became of one target: answered (with the records made from it), or why not.</summary>
public sealed record AgentOutcome(IPEndPoint Agent, SnmpFailure? Failure, string? Detail, IReadOnlyList<Inventory.InventoryRecord> Records)
{
    public bool Answered => Failure is null;

    public string Status => Failure switch
    {
        null => "answered",
        SnmpFailure.NoResponse => "no response",
        SnmpFailure.AuthenticationFailed => "authentication failed",
        SnmpFailure.Malformed => "malformed reply",
        _ => "agent error",
    };
}
