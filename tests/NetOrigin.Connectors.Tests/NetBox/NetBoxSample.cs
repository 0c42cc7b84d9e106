using System.Globalization;
using System.Text.Json.Nodes;

namespace NetOrigin.Connectors.Tests.NetBox;

/// <summary>A small NetBox inventory in NetBox's own field names: a Huawei router with a line card and an optic, a Cisco switch, a transit circuit.</summary>
public static class NetBoxSample
{
    public static void Populate(NetBoxStandIn netbox, int extraDevices = 0)
    {
        netbox.Add("/api/dcim/manufacturers/", new JsonObject { ["id"] = 1, ["name"] = "Huawei", ["slug"] = "huawei" });
        netbox.Add("/api/dcim/manufacturers/", new JsonObject { ["id"] = 2, ["name"] = "Cisco", ["slug"] = "cisco" });
        netbox.Add("/api/dcim/manufacturers/", new JsonObject { ["id"] = 3, ["name"] = "Finisar", ["slug"] = "finisar" });
        netbox.Add("/api/dcim/device-types/", new JsonObject { ["id"] = 10, ["model"] = "NE40E-X8A", ["slug"] = "ne40e-x8a", ["part_number"] = "02351931", ["manufacturer"] = Nested(1, "Huawei") });
        netbox.Add("/api/dcim/device-types/", new JsonObject { ["id"] = 11, ["model"] = "C9300-48P", ["slug"] = "c9300-48p", ["part_number"] = "C9300-48P", ["manufacturer"] = Nested(2, "Cisco") });
        netbox.Add("/api/dcim/module-types/", new JsonObject { ["id"] = 20, ["model"] = "CR5D0L4XFE70", ["part_number"] = "03030QFM", ["manufacturer"] = Nested(1, "Huawei") });
        netbox.Add("/api/dcim/platforms/", new JsonObject { ["id"] = 30, ["name"] = "Huawei VRP", ["slug"] = "huawei-vrp", ["manufacturer"] = Nested(1, "Huawei") });
        netbox.Add("/api/dcim/sites/", new JsonObject { ["id"] = 40, ["name"] = "CO-001 Millbrook", ["slug"] = "co-001" });
        netbox.Add("/api/tenancy/tenants/", new JsonObject { ["id"] = 50, ["name"] = "Millbrook Telecom", ["slug"] = "millbrook" });
        netbox.Add("/api/circuits/providers/", new JsonObject { ["id"] = 60, ["name"] = "China Telecom Americas", ["slug"] = "cta", ["asns"] = new JsonArray(new JsonObject { ["id"] = 1, ["asn"] = 4134 }) });
        netbox.Add("/api/dcim/mac-addresses/", new JsonObject { ["id"] = 70, ["mac_address"] = "00:E0:FC:1A:2B:01", ["assigned_object_type"] = "dcim.interface", ["assigned_object_id"] = 900, ["assigned_object"] = new JsonObject { ["id"] = 900, ["name"] = "GE0/0/1", ["device"] = Nested(100, "pe-ne40e-01") } });
        netbox.Add("/api/dcim/devices/", Device(100, "pe-ne40e-01", 10, "NE40E-X8A", 1, "Huawei", platform: 30, role: "core", serial: "2102351931P0J9000123", acquired: "2019-05-01"));
        netbox.Add("/api/dcim/devices/", Device(101, "acc-c9300-07", 11, "C9300-48P", 2, "Cisco", platform: null, role: "access-switch", serial: "FOC2419X0AB", acquired: null));
        for (var i = 0; i < extraDevices; i++)
        {
            var id = 1000 + i;
            netbox.Add("/api/dcim/devices/", Device(id, $"dev-{id}", i % 2 == 0 ? 10 : 11, i % 2 == 0 ? "NE40E-X8A" : "C9300-48P", i % 2 == 0 ? 1 : 2, i % 2 == 0 ? "Huawei" : "Cisco", null, "access", $"SN{id:D8}", null));
        }

        netbox.Add("/api/dcim/modules/", new JsonObject
        {
            ["id"] = 200,
            ["device"] = Nested(100, "pe-ne40e-01"),
            ["module_bay"] = new JsonObject { ["id"] = 5, ["name"] = "Slot 1" },
            ["module_type"] = new JsonObject { ["id"] = 20, ["model"] = "CR5D0L4XFE70", ["manufacturer"] = Nested(1, "Huawei") },
            ["serial"] = "030QFM10J9000456",
            ["status"] = Status("active"),
        });
        netbox.Add("/api/dcim/inventory-items/", new JsonObject
        {
            ["id"] = 300,
            ["device"] = Nested(100, "pe-ne40e-01"),
            ["name"] = "SFP+ 10G-LR",
            ["manufacturer"] = Nested(3, "Finisar"),
            ["part_id"] = "FTLX1471D3BCL",
            ["serial"] = "FNS1234567",
        });
        netbox.Add("/api/circuits/circuits/", new JsonObject
        {
            ["id"] = 400,
            ["cid"] = "CTA-TRANSIT-17",
            ["provider"] = Nested(60, "China Telecom Americas"),
            ["type"] = new JsonObject { ["id"] = 1, ["name"] = "IP Transit", ["slug"] = "transit" },
            ["status"] = Status("active"),
            ["tenant"] = Nested(50, "Millbrook Telecom"),
            ["install_date"] = "2018-03-01",
        });
        netbox.Add("/api/circuits/circuit-terminations/", new JsonObject
        {
            ["id"] = 500,
            ["circuit"] = new JsonObject { ["id"] = 400, ["cid"] = "CTA-TRANSIT-17" },
            ["term_side"] = "A",
            ["termination_type"] = "dcim.site",
            ["termination"] = Nested(40, "CO-001 Millbrook"),
        });
    }

    public static JsonObject Device(long id, string name, long type, string model, long maker, string makerName, long? platform, string role, string serial, string? acquired)
    {
        var device = new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["device_type"] = new JsonObject { ["id"] = type, ["model"] = model, ["manufacturer"] = Nested(maker, makerName) },
            ["role"] = new JsonObject { ["id"] = 7, ["name"] = role, ["slug"] = role },
            ["tenant"] = Nested(50, "Millbrook Telecom"),
            ["platform"] = platform is { } p ? Nested(p, "Huawei VRP") : null,
            ["serial"] = serial,
            ["site"] = Nested(40, "CO-001 Millbrook"),
            ["status"] = Status("active"),
            ["custom_fields"] = new JsonObject { ["acquired"] = acquired, ["use"] = "critical-infrastructure" },
            ["last_updated"] = id == 101 ? "2026-03-01T10:00:00.000000Z" : "2026-01-01T00:00:00.000000Z",
        };
        return device;
    }

    public static JsonObject Nested(long id, string name) => new() { ["id"] = id, ["name"] = name, ["slug"] = name.ToLowerInvariant().Replace(' ', '-'), ["display"] = name, ["url"] = $"/api/x/{id.ToString(CultureInfo.InvariantCulture)}/" };

    private static JsonObject Status(string value) => new() { ["value"] = value, ["label"] = char.ToUpperInvariant(value[0]) + value[1..] };
}
