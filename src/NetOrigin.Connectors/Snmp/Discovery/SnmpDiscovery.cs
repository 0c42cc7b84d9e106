using System.Net;
using System.Threading.Channels;
using NetOrigin.Connectors.Snmp.Ber;

namespace NetOrigin.Connectors.Snmp.Discovery;

/// <summary>
/// Polls agents and turns what they say into inventory records: the system group, the ENTITY-MIB physical table,
/// interface MAC addresses and, when asked, LLDP neighbours (<see cref="AgentInventory"/>). Agents are polled
/// <see cref="Concurrency"/> at a time; every target yields exactly one <see cref="AgentOutcome"/>.
/// </summary>
public sealed class SnmpDiscovery(SnmpOptions options, int concurrency = 32, bool lldp = false)
{
    public int Concurrency { get; } = Math.Clamp(concurrency, 1, 1024);

    /// <summary>Polls every (agent, credentials) pair; outcomes arrive as agents finish.</summary>
    public async IAsyncEnumerable<AgentOutcome> RunAsync(IReadOnlyList<(IPEndPoint Agent, SnmpCredentials Credentials)> targets, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel = default)
    {
        var results = Channel.CreateBounded<AgentOutcome>(new BoundedChannelOptions(Concurrency * 2) { SingleReader = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(targets, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancel }, async (target, token) =>
                    await results.Writer.WriteAsync(await PollAsync(target.Agent, target.Credentials, token).ConfigureAwait(false), token).ConfigureAwait(false)).ConfigureAwait(false);
                results.Writer.Complete();
            }
            catch (Exception ex)
            {
                results.Writer.Complete(ex);
            }
        }, cancel);

        await foreach (var outcome in results.Reader.ReadAllAsync(cancel).ConfigureAwait(false))
        {
            yield return outcome;
        }

        await producer.ConfigureAwait(false);
    }

    public async Task<AgentOutcome> PollAsync(IPEndPoint agent, SnmpCredentials credentials, CancellationToken cancel = default)
    {
        using var session = new SnmpSession(agent, credentials, options);
        try
        {
            var system = await session.GetAsync([Mib.SysDescr, Mib.SysObjectId, Mib.SysContact, Mib.SysName, Mib.SysLocation, Mib.SnmpEngineId], cancel).ConfigureAwait(false);
            var entities = await OptionalWalk(session, Mib.EntPhysicalEntry, cancel).ConfigureAwait(false);
            var interfaces = await OptionalWalk(session, Mib.IfPhysAddress, cancel).ConfigureAwait(false);
            var neighbours = lldp ? await OptionalWalk(session, Mib.LldpRemEntry, cancel).ConfigureAwait(false) : [];
            var records = AgentInventory.Records(agent, session.EngineId, system.VarBinds, entities, interfaces, neighbours);
            return new AgentOutcome(agent, null, null, records);
        }
        catch (SnmpException ex)
        {
            return Failed(agent, ex.Failure, ex.Message);
        }
        catch (BerException ex)
        {
            return Failed(agent, SnmpFailure.Malformed, ex.Message);
        }
    }

    /// <summary>A table the agent may not have: an error answering it does not lose what the system group gave.</summary>
    private static async Task<IReadOnlyList<VarBind>> OptionalWalk(SnmpSession session, Oid subtree, CancellationToken cancel)
    {
        try
        {
            return await session.WalkAsync(subtree, cancel).ConfigureAwait(false);
        }
        catch (SnmpException ex) when (ex.Failure == SnmpFailure.AgentError)
        {
            return [];
        }
    }

    private static AgentOutcome Failed(IPEndPoint agent, SnmpFailure failure, string detail)
    {
        var name = AgentInventory.Name(agent);
        var status = new AgentOutcome(agent, failure, detail, []).Status;
        var rejection = new Inventory.Rejection(Inventory.SourceLocation.Of(name, name), $"{status}: {detail}", $"agent {name}");
        return new AgentOutcome(agent, failure, detail, [Inventory.InventoryRecord.Reject(rejection)]);
    }
}
