using System.Globalization;
using System.Net;
using NetOrigin.Connectors.Snmp.Ber;
using NetOrigin.Inventory;

namespace NetOrigin.Connectors.Snmp.Discovery;

/// <summary>
/// What an agent said, as inventory records (docs/connectors.md): the agent's device (system group, the chassis
/// entry of ENTITY-MIB, interface MACs), one module per ENTITY-MIB module or field-replaceable part, and one device
/// per LLDP neighbour. Each value records the OID it was read from.
/// </summary>
public static class AgentInventory
{
    /// <summary>How an agent is named in ids and locations: its address, with the port when it is not 161.</summary>
    public static string Name(IPEndPoint agent)
    {
        var address = agent.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{agent.Address}]" : agent.Address.ToString();
        return agent.Port == SnmpTargets.DefaultPort ? address : $"{address}:{agent.Port}";
    }

    public static IReadOnlyList<InventoryRecord> Records(IPEndPoint agent, byte[]? engineId, IReadOnlyList<VarBind> system, IReadOnlyList<VarBind> entities, IReadOnlyList<VarBind> interfaces, IReadOnlyList<VarBind> neighbours)
    {
        var name = Name(agent);
        var records = new List<InventoryRecord>();
        var device = new FieldValues();
        device.Set(InventoryField.Id, name, "agent address");
        device.Set(InventoryField.Kind, "device");
        foreach (var binding in system)
        {
            if (binding.Value.IsException)
            {
                continue;
            }

            var origin = $"{binding.Oid} ({Label(binding.Oid)})";
            if (binding.Oid.Equals(Mib.SysDescr))
            {
                device.Set(InventoryField.SysDescr, binding.Value.AsText(), origin);
            }
            else if (binding.Oid.Equals(Mib.SysObjectId))
            {
                device.Set(InventoryField.SysObjectId, binding.Value.AsOid()?.ToString(), origin);
            }
            else if (binding.Oid.Equals(Mib.SysName))
            {
                device.Set(InventoryField.Name, binding.Value.AsText(), origin);
            }
            else if (binding.Oid.Equals(Mib.SysLocation))
            {
                device.Set(InventoryField.Site, binding.Value.AsText(), origin);
            }
            else if (binding.Oid.Equals(Mib.SnmpEngineId) && binding.Value.Bytes.Length is >= 5 and <= 32)
            {
                device.Set(InventoryField.SnmpEngineId, binding.Value.AsHex(), origin);
            }
        }

        if (engineId is not null)
        {
            device.Set(InventoryField.SnmpEngineId, Convert.ToHexString(engineId), "SNMPv3 engine discovery (msgAuthoritativeEngineID)");
        }

        foreach (var binding in interfaces)
        {
            if (binding.Value.Bytes.Length == 6 && binding.Value.Bytes.Any(b => b != 0))
            {
                device.Set(InventoryField.Mac, Mac(binding.Value.Bytes), $"{Mib.IfPhysAddress} (ifPhysAddress)");
            }
        }

        var rows = Rows(entities, Mib.EntPhysicalEntry);
        var chassis = rows.Where(r => Number(r.Value, Mib.EntClass) == Mib.ClassChassis).OrderBy(r => r.Key, StringComparer.Ordinal).FirstOrDefault();
        if (chassis.Value is not null)
        {
            Entity(device, chassis.Key, chassis.Value, forDevice: true);
        }

        records.Add(device.Build(SourceLocation.Of(name, name), $"agent {name}"));
        foreach (var (index, row) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (index == chassis.Key)
            {
                continue;
            }

            var isModule = Number(row, Mib.EntClass) == Mib.ClassModule;
            var replaceable = Text(row, Mib.EntSerialNum) is not null && Text(row, Mib.EntModelName) is not null;
            if (!isModule && !replaceable)
            {
                continue;
            }

            var module = new FieldValues();
            module.Set(InventoryField.Id, $"{name}/entity/{index}", $"entPhysicalIndex {index}");
            module.Set(InventoryField.Kind, "module");
            Entity(module, index, row, forDevice: false);
            module.Set(InventoryField.Site, device[InventoryField.Site], "the agent's sysLocation");
            records.Add(module.Build(SourceLocation.Of(name, $"{name} entPhysicalIndex {index}"), $"{name} entity {index}"));
        }

        foreach (var (index, row) in Rows(neighbours, Mib.LldpRemEntry))
        {
            var neighbour = new FieldValues();
            var chassisId = row.GetValueOrDefault(Mib.LldpChassisId);
            var isMac = Number(row, Mib.LldpChassisIdSubtype) == Mib.ChassisIdMac && chassisId.Bytes?.Length == 6;
            var id = isMac ? Mac(chassisId.Bytes!) : chassisId.Bytes is { Length: > 0 } raw ? (chassisId.AsText() ?? Convert.ToHexString(raw)) : index;
            neighbour.Set(InventoryField.Id, $"lldp:{id}", $"lldpRemChassisId via {name}");
            neighbour.Set(InventoryField.Kind, "device");
            if (isMac)
            {
                neighbour.Set(InventoryField.Mac, Mac(chassisId.Bytes!), $"{Mib.LldpRemEntry}.{Mib.LldpChassisId}.{index} (lldpRemChassisId) via {name}");
            }

            neighbour.Set(InventoryField.Name, Text(row, Mib.LldpSysName), $"{Mib.LldpRemEntry}.{Mib.LldpSysName}.{index} (lldpRemSysName) via {name}");
            neighbour.Set(InventoryField.SysDescr, Text(row, Mib.LldpSysDesc), $"{Mib.LldpRemEntry}.{Mib.LldpSysDesc}.{index} (lldpRemSysDesc) via {name}");
            records.Add(neighbour.Build(SourceLocation.Of(name, $"{name} lldpRemEntry {index}"), $"{name} LLDP neighbour {index}"));
        }

        return records;
    }

    private static void Entity(FieldValues values, string index, Dictionary<uint, SnmpValue> row, bool forDevice)
    {
        string Origin(uint column, string label) => $"{Mib.EntPhysicalEntry}.{column}.{index} ({label})";
        values.Set(InventoryField.EntMfgName, Text(row, Mib.EntMfgName), Origin(Mib.EntMfgName, "entPhysicalMfgName"));
        values.Set(InventoryField.EntModelName, Text(row, Mib.EntModelName), Origin(Mib.EntModelName, "entPhysicalModelName"));
        values.Set(InventoryField.Model, Text(row, Mib.EntModelName), Origin(Mib.EntModelName, "entPhysicalModelName"));
        values.Set(InventoryField.Serial, Text(row, Mib.EntSerialNum), Origin(Mib.EntSerialNum, "entPhysicalSerialNum"));
        values.Set(InventoryField.Firmware, Text(row, Mib.EntSoftwareRev), Origin(Mib.EntSoftwareRev, "entPhysicalSoftwareRev"));
        values.Set(InventoryField.Firmware, Text(row, Mib.EntFirmwareRev), Origin(Mib.EntFirmwareRev, "entPhysicalFirmwareRev"));
        if (!forDevice)
        {
            values.Set(InventoryField.Name, Text(row, Mib.EntName), Origin(Mib.EntName, "entPhysicalName"));
            values.Set(InventoryField.Banner, Text(row, Mib.EntDescr), Origin(Mib.EntDescr, "entPhysicalDescr"));
        }
    }

    /// <summary>A table's rows by index (the arcs after the column, dotted), each row's values by column.</summary>
    private static Dictionary<string, Dictionary<uint, SnmpValue>> Rows(IReadOnlyList<VarBind> bindings, Oid entry)
    {
        var rows = new Dictionary<string, Dictionary<uint, SnmpValue>>(StringComparer.Ordinal);
        foreach (var binding in bindings)
        {
            var rest = binding.Oid.After(entry);
            if (rest.Length < 2)
            {
                continue;
            }

            var index = string.Join('.', rest[1..]);
            if (!rows.TryGetValue(index, out var row))
            {
                rows[index] = row = [];
            }

            row[rest[0]] = binding.Value;
        }

        return rows;
    }

    private static string? Text(Dictionary<uint, SnmpValue> row, uint column) =>
        row.TryGetValue(column, out var value) && !value.IsException ? value.AsText() is { Length: > 0 } text ? text : null : null;

    private static long? Number(Dictionary<uint, SnmpValue> row, uint column) =>
        row.TryGetValue(column, out var value) ? value.AsInteger() : null;

    private static string Mac(byte[] bytes) => string.Join(':', bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));

    private static string Label(Oid oid) =>
        oid.Equals(Mib.SysDescr) ? "sysDescr" : oid.Equals(Mib.SysObjectId) ? "sysObjectID" : oid.Equals(Mib.SysName) ? "sysName"
        : oid.Equals(Mib.SysLocation) ? "sysLocation" : oid.Equals(Mib.SysContact) ? "sysContact" : oid.Equals(Mib.SnmpEngineId) ? "snmpEngineID" : "";
}
