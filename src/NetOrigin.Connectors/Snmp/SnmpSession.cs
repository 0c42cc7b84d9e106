using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using NetOrigin.Connectors.Snmp.Ber;
using NetOrigin.Connectors.Snmp.Usm;
using Oid = NetOrigin.Connectors.Snmp.Ber.Oid;

namespace NetOrigin.Connectors.Snmp;

/// <summary>
/// Requests to one agent over UDP: GET, GETNEXT and GETBULK with SNMPv2c or SNMPv3 (USM with engine discovery,
/// HMAC-SHA-2 authentication, AES-128 privacy). Every request waits at most the timeout per try and is resent
/// <see cref="SnmpOptions.Retries"/> times; replies that do not answer the request in hand are ignored.
/// </summary>
public sealed class SnmpSession : IDisposable
{
    /// <summary>Most variable bindings one walk returns, so an agent that never ends a table cannot keep us forever.</summary>
    public const int MaxWalkBindings = 20_000;

    private static readonly Oid UsmStats = Oid.Parse("1.3.6.1.6.3.15.1.1");
    private readonly Socket _socket;
    private readonly SnmpCredentials _credentials;
    private readonly SnmpOptions _options;
    private readonly byte[] _receive = new byte[UsmMessage.MaxMessageSize];
    private int _requestId = RandomNumberGenerator.GetInt32(1, int.MaxValue / 2);
    private long _salt = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));

    // SNMPv3 engine state, learnt by discovery.
    private int _engineBoots;
    private int _engineTime;
    private long _engineTimeAt;

    public SnmpSession(IPEndPoint agent, SnmpCredentials credentials, SnmpOptions options)
    {
        Agent = agent;
        _credentials = credentials;
        _options = options;
        _socket = new Socket(agent.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        _socket.Connect(agent);
    }

    public IPEndPoint Agent { get; }

    /// <summary>The agent's snmpEngineID, once SNMPv3 discovery has learnt it.</summary>
    public byte[]? EngineId { get; private set; }

    public Task<Pdu> GetAsync(IEnumerable<Oid> oids, CancellationToken cancel = default) =>
        RequestAsync(id => Pdu.Get(id, oids), cancel);

    public Task<Pdu> GetNextAsync(IEnumerable<Oid> oids, CancellationToken cancel = default) =>
        RequestAsync(id => Pdu.GetNext(id, oids), cancel);

    public Task<Pdu> GetBulkAsync(IEnumerable<Oid> oids, int maxRepetitions, CancellationToken cancel = default) =>
        RequestAsync(id => Pdu.GetBulk(id, maxRepetitions, oids), cancel);

    /// <summary>Every binding under <paramref name="subtree"/>, in order, with GETBULK.</summary>
    public async Task<IReadOnlyList<VarBind>> WalkAsync(Oid subtree, CancellationToken cancel = default)
    {
        var result = new List<VarBind>();
        var current = subtree;
        while (result.Count < MaxWalkBindings)
        {
            var reply = await GetBulkAsync([current], _options.MaxRepetitions, cancel).ConfigureAwait(false);
            if (reply.VarBinds.Count == 0)
            {
                break;
            }

            foreach (var binding in reply.VarBinds)
            {
                // Past the subtree, the end of the MIB, or an agent that does not move forward: the walk is over.
                if (binding.Value.IsException || !binding.Oid.StartsWith(subtree) || binding.Oid.CompareTo(current) <= 0)
                {
                    return result;
                }

                result.Add(binding);
                current = binding.Oid;
            }
        }

        return result;
    }

    private async Task<Pdu> RequestAsync(Func<int, Pdu> make, CancellationToken cancel)
    {
        if (_credentials is SnmpCredentials.Community community)
        {
            var pdu = make(NextId());
            var reply = await ExchangeAsync(CommunityMessage.Encode(community.Name, pdu), datagram =>
            {
                var (_, response) = CommunityMessage.Decode(datagram);
                return response.RequestId == pdu.RequestId ? response : null;
            }, cancel).ConfigureAwait(false);
            return Checked(reply);
        }

        var user = ((SnmpCredentials.V3)_credentials).User;
        if (EngineId is null)
        {
            await DiscoverAsync(cancel).ConfigureAwait(false);
        }

        // One resynchronisation if the agent says our clock is outside its time window.
        for (var attempt = 0; ; attempt++)
        {
            var pdu = make(NextId());
            var reply = await ExchangeV3Async(user, pdu, cancel).ConfigureAwait(false);
            if (reply.Pdu.Type != BerTag.Report)
            {
                return Checked(reply.Pdu);
            }

            var (failure, reason, resync) = Report(reply.Pdu);
            if (resync && attempt == 0)
            {
                SetEngineClock(reply.Security.Boots, reply.Security.Time);
                continue;
            }

            throw new SnmpException(failure, reason);
        }
    }

    /// <summary>RFC 3414 §4: an unauthenticated, reportable request with an empty engine ID draws a report naming it.</summary>
    private async Task DiscoverAsync(CancellationToken cancel)
    {
        var messageId = NextId();
        var request = UsmMessage.Encode(messageId, UsmMessage.FlagReportable, new UsmParameters([], 0, 0, "", [], []), [], Pdu.Get(NextId(), []), null, null, null, null);
        var reply = await ExchangeAsync(request, datagram =>
        {
            var decoded = UsmMessage.Decode(datagram, null, _ => (null, null));
            return decoded.MessageId == messageId ? decoded : null;
        }, cancel).ConfigureAwait(false);
        if (reply.Security.EngineId.Length is < 5 or > 32)
        {
            throw new SnmpException(SnmpFailure.Malformed, $"engine discovery returned an engine ID of {reply.Security.EngineId.Length} bytes (5 to 32 expected)");
        }

        EngineId = reply.Security.EngineId;
        SetEngineClock(reply.Security.Boots, reply.Security.Time);
    }

    private Task<UsmReply> ExchangeV3Async(UsmUser user, Pdu pdu, CancellationToken cancel)
    {
        var (authKey, privKey) = user.KeysFor(EngineId!);
        var flags = (byte)(UsmMessage.FlagReportable | (user.Authenticates ? UsmMessage.FlagAuth : 0) | (user.Encrypts ? UsmMessage.FlagPriv : 0));
        var time = _engineTime + (int)Stopwatch.GetElapsedTime(_engineTimeAt).TotalSeconds;
        var salt = user.Encrypts ? BitConverter.GetBytes(Interlocked.Increment(ref _salt)) : null;
        var messageId = NextId();
        var request = UsmMessage.Encode(messageId, flags, new UsmParameters(EngineId!, _engineBoots, time, user.Name, [], []), EngineId!, pdu, authKey, user.Auth, privKey, salt);
        return ExchangeAsync(request, datagram =>
        {
            UsmReply decoded;
            try
            {
                decoded = UsmMessage.Decode(datagram, user.Auth, user.KeysFor);
            }
            catch (CryptographicException ex)
            {
                throw new SnmpException(SnmpFailure.AuthenticationFailed, ex.Message);
            }

            return decoded.MessageId == messageId ? decoded : null;
        }, cancel);
    }

    /// <summary>Sends, then waits for a datagram <paramref name="accept"/> takes as the answer; resends on timeout.</summary>
    private async Task<T> ExchangeAsync<T>(byte[] request, Func<byte[], T?> accept, CancellationToken cancel)
        where T : class
    {
        string? malformed = null;
        for (var attempt = 0; attempt <= _options.Retries; attempt++)
        {
            await _socket.SendAsync(request, SocketFlags.None, cancel).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(_options.Timeout);
            try
            {
                while (true)
                {
                    var n = await _socket.ReceiveAsync(_receive, SocketFlags.None, timeout.Token).ConfigureAwait(false);
                    try
                    {
                        if (accept(_receive[..n]) is { } answer)
                        {
                            return answer;
                        }
                    }
                    catch (BerException ex)
                    {
                        malformed = ex.Message;
                    }
                    catch (CryptographicException ex)
                    {
                        malformed = ex.Message;
                    }
                }
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                // This try timed out; the next one resends.
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionRefused)
            {
                // ICMP port unreachable: nothing listens there. Waiting longer will not help.
                throw new SnmpException(SnmpFailure.NoResponse, "nothing listens on that port (ICMP port unreachable)");
            }
        }

        throw malformed is not null
            ? new SnmpException(SnmpFailure.Malformed, $"the reply is malformed: {malformed}")
            : new SnmpException(SnmpFailure.NoResponse, $"no response within {_options.Timeout.TotalMilliseconds:0} ms after {_options.Retries + 1} tries");
    }

    private static Pdu Checked(Pdu reply)
    {
        if (reply.Type != BerTag.Response)
        {
            throw new SnmpException(SnmpFailure.Malformed, $"the reply is PDU 0x{reply.Type:X2}, not a Response");
        }

        return reply.ErrorStatus == 0 ? reply : throw new SnmpException(SnmpFailure.AgentError, $"the agent answered error-status {ErrorName(reply.ErrorStatus)} (index {reply.ErrorIndexOrMaxRepetitions})");
    }

    private static (SnmpFailure Failure, string Reason, bool Resync) Report(Pdu report)
    {
        var oid = report.VarBinds.Count > 0 ? report.VarBinds[0].Oid : null;
        if (oid is null || !oid.StartsWith(UsmStats) || oid.Arcs.Count < UsmStats.Arcs.Count + 1)
        {
            return (SnmpFailure.AgentError, $"the agent sent a report ({oid})", false);
        }

        return oid.Arcs[UsmStats.Arcs.Count] switch
        {
            1 => (SnmpFailure.AuthenticationFailed, "the agent does not support this security level for the user (usmStatsUnsupportedSecLevels)", false),
            2 => (SnmpFailure.AuthenticationFailed, "the request was outside the agent's time window (usmStatsNotInTimeWindows)", true),
            3 => (SnmpFailure.AuthenticationFailed, "the agent does not know the user (usmStatsUnknownUserNames)", false),
            4 => (SnmpFailure.Malformed, "the agent does not know its own engine ID as sent (usmStatsUnknownEngineIDs)", false),
            5 => (SnmpFailure.AuthenticationFailed, "wrong digest: the authentication password or protocol does not match (usmStatsWrongDigests)", false),
            6 => (SnmpFailure.AuthenticationFailed, "the agent could not decrypt the request: the privacy password does not match (usmStatsDecryptionErrors)", false),
            _ => (SnmpFailure.AgentError, $"the agent sent a report ({oid})", false),
        };
    }

    private static string ErrorName(int status) => status switch
    {
        1 => "tooBig",
        2 => "noSuchName",
        3 => "badValue",
        5 => "genErr",
        6 => "noAccess",
        16 => "authorizationError",
        _ => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private void SetEngineClock(int boots, int time)
    {
        _engineBoots = boots;
        _engineTime = time;
        _engineTimeAt = Stopwatch.GetTimestamp();
    }

    private int NextId() => Interlocked.Increment(ref _requestId) & int.MaxValue;

    public void Dispose() => _socket.Dispose();
}
