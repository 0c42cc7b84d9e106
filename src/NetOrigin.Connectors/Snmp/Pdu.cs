using NetOrigin.Connectors.Snmp.Ber;

namespace NetOrigin.Connectors.Snmp;

/// <summary>
/// An SNMP PDU (RFC 3416). For GetBulkRequest the two integer fields are non-repeaters and max-repetitions; for
/// every other PDU they are error-status and error-index.
/// </summary>
public sealed record Pdu(byte Type, int RequestId, int ErrorStatusOrNonRepeaters, int ErrorIndexOrMaxRepetitions, IReadOnlyList<VarBind> VarBinds)
{
    /// <summary>Most variable bindings accepted in one PDU (a datagram of 64 KiB cannot carry many more).</summary>
    public const int MaxVarBinds = 4096;

    public int ErrorStatus => ErrorStatusOrNonRepeaters;

    public static Pdu Get(int requestId, IEnumerable<Oid> oids) => new(BerTag.GetRequest, requestId, 0, 0, oids.Select(o => new VarBind(o, SnmpValue.Null)).ToList());

    public static Pdu GetNext(int requestId, IEnumerable<Oid> oids) => new(BerTag.GetNextRequest, requestId, 0, 0, oids.Select(o => new VarBind(o, SnmpValue.Null)).ToList());

    public static Pdu GetBulk(int requestId, int maxRepetitions, IEnumerable<Oid> oids) => new(BerTag.GetBulkRequest, requestId, 0, maxRepetitions, oids.Select(o => new VarBind(o, SnmpValue.Null)).ToList());

    public void WriteTo(BerWriter writer)
    {
        writer.BeginSequence(Type);
        writer.WriteInteger(RequestId);
        writer.WriteInteger(ErrorStatusOrNonRepeaters);
        writer.WriteInteger(ErrorIndexOrMaxRepetitions);
        writer.BeginSequence();
        foreach (var binding in VarBinds)
        {
            writer.BeginSequence();
            writer.WriteObjectIdentifier(binding.Oid);
            writer.Write(binding.Value.Tag, binding.Value.Bytes);
            writer.End();
        }

        writer.End();
        writer.End();
    }

    public static Pdu Read(ref BerReader reader)
    {
        var contents = reader.Read(out var type);
        if (type is not (BerTag.GetRequest or BerTag.GetNextRequest or BerTag.Response or BerTag.SetRequest or BerTag.GetBulkRequest or BerTag.InformRequest or BerTag.Trap or BerTag.Report))
        {
            throw new BerException($"tag 0x{type:X2} is not an SNMP PDU");
        }

        var pdu = new BerReader(contents);
        var requestId = (int)pdu.ReadInteger("request-id");
        var status = (int)pdu.ReadInteger("error-status");
        var index = (int)pdu.ReadInteger("error-index");
        var list = new BerReader(pdu.Read(BerTag.Sequence, "variable bindings"));
        var bindings = new List<VarBind>();
        while (!list.AtEnd)
        {
            if (bindings.Count >= MaxVarBinds)
            {
                throw new BerException($"more than {MaxVarBinds} variable bindings");
            }

            var binding = new BerReader(list.Read(BerTag.Sequence, "variable binding"));
            var oid = Oid.Decode(binding.Read(BerTag.ObjectIdentifier, "variable binding name"));
            var value = binding.Read(out var tag);
            bindings.Add(new VarBind(oid, new SnmpValue(tag, value.ToArray())));
        }

        return new Pdu(type, requestId, status, index, bindings);
    }
}
