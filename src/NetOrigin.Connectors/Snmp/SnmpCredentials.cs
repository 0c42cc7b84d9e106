using NetOrigin.Connectors.Snmp.Usm;

namespace NetOrigin.Connectors.Snmp;

/// <summary>How to speak to an agent: an SNMPv2c community, or an SNMPv3 USM user.</summary>
public abstract record SnmpCredentials
{
    public sealed record Community(string Name) : SnmpCredentials
    {
        public override string ToString() => "SNMPv2c community";
    }

    public sealed record V3(UsmUser User) : SnmpCredentials
    {
        public override string ToString() => $"SNMPv3 user '{User.Name}' ({(User.Encrypts ? "authPriv" : User.Authenticates ? "authNoPriv" : "noAuthNoPriv")})";
    }
}

/// <summary>Per-request limits: how long to wait for a reply, how often to resend, how many rows a GETBULK asks for.</summary>
public sealed record SnmpOptions(TimeSpan Timeout, int Retries, int MaxRepetitions = 24)
{
    public static readonly SnmpOptions Default = new(TimeSpan.FromSeconds(1), 1);
}

/// <summary>Why an agent gave no usable answer.</summary>
public enum SnmpFailure
{
    /// <summary>No reply within the timeout after every retry (for v2c also what a wrong community looks like).</summary>
    NoResponse,

    /// <summary>The agent refused the user, its password (wrong digest), its privacy key or its security level.</summary>
    AuthenticationFailed,

    /// <summary>A reply came but is not a well-formed SNMP message, or not an answer to what was asked.</summary>
    Malformed,

    /// <summary>The agent answered with an error status.</summary>
    AgentError,
}

public sealed class SnmpException(SnmpFailure failure, string message) : Exception(message)
{
    public SnmpFailure Failure { get; } = failure;
}
