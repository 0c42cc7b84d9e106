using System.Globalization;
using System.Text.Json;
using NetOrigin.Inventory;

namespace NetOrigin.Connectors.NetBox;

/// <summary>
/// Imports a NetBox inventory (docs/connectors.md): devices (with their device type's manufacturer, model and part
/// number, platform, site, tenant as operator, serial, MAC addresses), modules and inventory items as modules, and
/// circuits as services of their provider (with its ASN and the A-side site). Lookup objects (manufacturers,
/// device and module types, platforms, sites, tenants, providers) are read first, in brief form where that holds
/// what is needed; devices, modules, inventory items and circuits are streamed page by page. With
/// <c>since</c>, only objects changed since then (<c>last_updated__gte</c>) are read. Every object becomes one
/// record, accepted or rejected with its object URL.
/// </summary>
public sealed class NetBoxImport(NetBoxClient client, int pageSize = 1000)
{
    private readonly Dictionary<long, string> _manufacturers = [];
    private readonly Dictionary<long, (string? Model, string? PartNumber, long? Manufacturer)> _deviceTypes = [];
    private readonly Dictionary<long, (string? Model, string? PartNumber, long? Manufacturer)> _moduleTypes = [];
    private readonly Dictionary<long, (string? Name, long? Manufacturer)> _platforms = [];
    private readonly Dictionary<long, (string? Name, long? Asn)> _providers = [];
    private readonly Dictionary<long, string> _sites = [];
    private readonly Dictionary<long, string> _tenants = [];
    private readonly Dictionary<long, List<string>> _macs = [];
    private readonly Dictionary<long, string> _circuitSites = [];

    /// <summary>Site and tenant of each device read, for its modules and items; bounded by the devices NetBox holds.</summary>
    private readonly Dictionary<long, (string? Site, string? Tenant, string Id)> _devices = [];

    /// <summary>The newest last_updated seen, for the next incremental run.</summary>
    public DateTimeOffset? LastUpdated { get; private set; }

    public string Source => client.BaseUrl.AbsoluteUri.TrimEnd('/');

    public async IAsyncEnumerable<InventoryRecord> ReadAsync(DateTimeOffset? since = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel = default)
    {
        // start=0 asks NetBox 4.6+ for cursor pagination by primary key (fast on large tables, stable while objects
        // change); older versions ignore it and page by offset. Either way the next links are followed as given.
        var page = $"limit={pageSize}&start=0";
        var changed = since is { } s ? $"&last_updated__gte={Uri.EscapeDataString(NetBoxClient.Iso(s))}" : "";
        await Each("api/dcim/manufacturers/", $"{page}&brief=1", o =>
        {
            if (Id(o) is { } id && Str(o, "name") is { } name)
            {
                _manufacturers[id] = name;
            }
        }, cancel).ConfigureAwait(false);

        await LoadTypes("api/dcim/device-types/", _deviceTypes, page, cancel).ConfigureAwait(false);
        await LoadTypes("api/dcim/module-types/", _moduleTypes, page, cancel).ConfigureAwait(false);
        await Each("api/dcim/platforms/", page, o =>
        {
            if (Id(o) is { } id)
            {
                _platforms[id] = (Str(o, "name"), Id(Obj(o, "manufacturer")));
            }
        }, cancel).ConfigureAwait(false);

        await LoadNames("api/dcim/sites/", _sites, page, cancel).ConfigureAwait(false);
        await LoadNames("api/tenancy/tenants/", _tenants, page, cancel).ConfigureAwait(false);
        await Each("api/circuits/providers/", page, o =>
        {
            if (Id(o) is { } id)
            {
                var asn = o.TryGetProperty("asns", out var asns) && asns.ValueKind == JsonValueKind.Array
                    ? asns.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("asn", out var n) && n.TryGetInt64(out var v) ? v : (long?)null).FirstOrDefault(v => v is not null)
                    : null;
                _providers[id] = (Str(o, "name"), asn);
            }
        }, cancel).ConfigureAwait(false);

        await LoadMacs(page, cancel).ConfigureAwait(false);
        await Each("api/circuits/circuit-terminations/", page, o =>
        {
            // The A side's site is where the service is used.
            if (Str(o, "term_side") == "A" && Id(Obj(o, "circuit")) is { } circuit && SiteOfTermination(o) is { } site)
            {
                _circuitSites[circuit] = site;
            }
        }, cancel).ConfigureAwait(false);

        await foreach (var o in client.ListAsync("api/dcim/devices/", $"{page}&exclude=config_context{changed}", cancel).ConfigureAwait(false))
        {
            yield return Safely(o, "device", Device);
        }

        await foreach (var o in client.ListAsync("api/dcim/modules/", $"{page}{changed}", cancel).ConfigureAwait(false))
        {
            yield return Safely(o, "module", m => Part(m, "module", Id(Obj(m, "module_type")) is { } t && _moduleTypes.TryGetValue(t, out var type) ? type : default));
        }

        await foreach (var o in client.ListAsync("api/dcim/inventory-items/", $"{page}{changed}", cancel).ConfigureAwait(false))
        {
            yield return Safely(o, "inventory-item", i => Part(i, "inventory-item", (Str(i, "name"), Str(i, "part_id"), Id(Obj(i, "manufacturer")))));
        }

        await foreach (var o in client.ListAsync("api/circuits/circuits/", $"{page}{changed}", cancel).ConfigureAwait(false))
        {
            yield return Safely(o, "circuit", Circuit);
        }
    }

    /// <summary>An object with a value that cannot be text (a lone surrogate escape) is one rejection, not a crash.</summary>
    private InventoryRecord Safely(JsonElement o, string what, Func<JsonElement, InventoryRecord> map)
    {
        try
        {
            return map(o);
        }
        catch (InvalidOperationException ex)
        {
            var location = SourceLocation.Of(Source, $"{Source}/api/ {what} {Id(o)?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
            return Reject(location, $"a value of the {what} cannot be read ({ex.Message})", what);
        }
    }

    private InventoryRecord Device(JsonElement o)
    {
        var (values, location, excerpt) = Begin(o, "device");
        if (Id(o) is not { } id)
        {
            return Reject(location, "the device has no id", excerpt);
        }

        values.Set(InventoryField.Id, $"netbox:device:{id}", "id");
        values.Set(InventoryField.Kind, "device");
        values.Set(InventoryField.Name, Str(o, "name"), "name");
        values.Set(InventoryField.Serial, Str(o, "serial"), "serial");
        if (Id(Obj(o, "device_type")) is { } typeId && _deviceTypes.TryGetValue(typeId, out var type))
        {
            values.Set(InventoryField.Model, type.Model, "device_type.model");
            values.Set(InventoryField.PartNumber, type.PartNumber, "device_type.part_number");
            values.Set(InventoryField.Manufacturer, type.Manufacturer is { } m ? _manufacturers.GetValueOrDefault(m) : null, "device_type.manufacturer.name");
        }
        else
        {
            // Brief nested form, when the device type list was not readable.
            values.Set(InventoryField.Model, Str(Obj(o, "device_type"), "model"), "device_type.model");
            values.Set(InventoryField.Manufacturer, Str(Obj(Obj(o, "device_type"), "manufacturer"), "name"), "device_type.manufacturer.name");
        }

        if (Id(Obj(o, "platform")) is { } platformId && _platforms.TryGetValue(platformId, out var platform))
        {
            values.Set(InventoryField.Firmware, platform.Name, "platform.name");
        }

        var site = Lookup(_sites, Obj(o, "site"));
        var tenant = Lookup(_tenants, Obj(o, "tenant"));
        values.Set(InventoryField.Site, site, "site.name");
        values.Set(InventoryField.OwnerOrg, tenant, "tenant.name (the operator)");
        values.SetIfValid(InventoryField.Role, Str(Obj(o, "role") ?? Obj(o, "device_role"), "slug"), "role.slug");
        foreach (var mac in _macs.GetValueOrDefault(id) ?? [])
        {
            values.Set(InventoryField.Mac, mac, "dcim/mac-addresses (assigned interface)");
        }

        CustomFields(o, values);
        Track(o);
        var record = values.Build(location, excerpt);
        if (record.Asset is not null && _devices.Count < 10_000_000)
        {
            _devices[id] = (site, tenant, $"netbox:device:{id}");
        }

        return record;
    }

    /// <summary>A module or inventory item: a part of a device, kept as a module asset at the device's site.</summary>
    private InventoryRecord Part(JsonElement o, string what, (string? Model, string? PartNumber, long? Manufacturer) type)
    {
        var (values, location, excerpt) = Begin(o, what);
        if (Id(o) is not { } id)
        {
            return Reject(location, $"the {what} has no id", excerpt);
        }

        values.Set(InventoryField.Id, $"netbox:{what}:{id}", "id");
        values.Set(InventoryField.Kind, "module");
        values.Set(InventoryField.Name, Str(o, "name") ?? Str(Obj(o, "module_bay"), "name"), what == "module" ? "module_bay.name" : "name");
        values.Set(InventoryField.Model, type.Model, what == "module" ? "module_type.model" : "name");
        values.Set(InventoryField.PartNumber, type.PartNumber, what == "module" ? "module_type.part_number" : "part_id");
        values.Set(InventoryField.Manufacturer, type.Manufacturer is { } m ? _manufacturers.GetValueOrDefault(m) : null, what == "module" ? "module_type.manufacturer.name" : "manufacturer.name");
        values.Set(InventoryField.Serial, Str(o, "serial"), "serial");
        if (Id(Obj(o, "device")) is { } device && _devices.TryGetValue(device, out var parent))
        {
            values.Set(InventoryField.Site, parent.Site, $"device ({parent.Id}) site");
            values.Set(InventoryField.OwnerOrg, parent.Tenant, $"device ({parent.Id}) tenant");
        }

        CustomFields(o, values);
        Track(o);
        return values.Build(location, excerpt);
    }

    private InventoryRecord Circuit(JsonElement o)
    {
        var (values, location, excerpt) = Begin(o, "circuit");
        if (Id(o) is not { } id)
        {
            return Reject(location, "the circuit has no id", excerpt);
        }

        values.Set(InventoryField.Id, $"netbox:circuit:{id}", "id");
        values.Set(InventoryField.Kind, "service");
        values.Set(InventoryField.Name, Str(o, "cid"), "cid");
        if (Id(Obj(o, "provider")) is { } providerId)
        {
            var provider = _providers.GetValueOrDefault(providerId);
            values.Set(InventoryField.Provider, provider.Name ?? Str(Obj(o, "provider"), "name"), "provider.name");
            values.Set(InventoryField.Asn, provider.Asn?.ToString(CultureInfo.InvariantCulture), "provider.asns[0]");
        }

        var circuitType = Obj(o, "type");
        if (!values.SetIfValid(InventoryField.ServiceType, Str(circuitType, "slug"), "type.slug"))
        {
            values.SetIfValid(InventoryField.ServiceType, Str(circuitType, "name"), "type.name");
        }

        values.Set(InventoryField.OwnerOrg, Lookup(_tenants, Obj(o, "tenant")), "tenant.name (the operator)");
        values.Set(InventoryField.Site, _circuitSites.GetValueOrDefault(id), "circuit-terminations (A side) site");
        values.Set(InventoryField.Installed, Str(o, "install_date"), "install_date");
        CustomFields(o, values);
        Track(o);
        return values.Build(location, excerpt);
    }

    /// <summary>Custom fields whose names are inventory fields (acquired, use, role, country, ...) fill them.</summary>
    private static void CustomFields(JsonElement o, FieldValues values)
    {
        if (Obj(o, "custom_fields") is not { } fields || fields.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var field in fields.EnumerateObject())
        {
            if (FieldCatalog.TryResolve(field.Name, out var target) && target != InventoryField.Id)
            {
                var value = field.Value.ValueKind switch
                {
                    JsonValueKind.String => field.Value.GetString(),
                    JsonValueKind.Number => field.Value.GetRawText(),
                    JsonValueKind.True => "yes",
                    JsonValueKind.False => "no",
                    _ => null,
                };
                values.Set(target, value, $"custom_fields.{field.Name}");
            }
        }
    }

    private (FieldValues Values, SourceLocation Location, string Excerpt) Begin(JsonElement o, string what)
    {
        var url = Str(o, "url") ?? $"{Source}/api/?{what}={Id(o)?.ToString(CultureInfo.InvariantCulture) ?? "?"}";
        var excerpt = $"{what} {Id(o)?.ToString(CultureInfo.InvariantCulture) ?? "?"} {Str(o, "display") ?? Str(o, "name") ?? ""}".TrimEnd();
        return (new FieldValues(), SourceLocation.Of(Source, url), excerpt);
    }

    private static InventoryRecord Reject(SourceLocation location, string reason, string excerpt) =>
        InventoryRecord.Reject(new Rejection(location, reason, excerpt));

    private void Track(JsonElement o)
    {
        if (Str(o, "last_updated") is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) && (LastUpdated is null || time > LastUpdated))
        {
            LastUpdated = time;
        }
    }

    /// <summary>
    /// Reads a lookup list. Assets name these objects, so one that cannot be read (a value that is not text) stops
    /// the import rather than leave assets silently without their maker or site.
    /// </summary>
    private async Task Each(string path, string query, Action<JsonElement> take, CancellationToken cancel)
    {
        await foreach (var o in client.ListAsync(path, query, cancel).ConfigureAwait(false))
        {
            try
            {
                take(o);
            }
            catch (InvalidOperationException ex)
            {
                throw new NetBoxException($"{Str(o, "url") ?? path}: a value cannot be read ({ex.Message})");
            }
        }
    }

    private Task LoadTypes(string path, Dictionary<long, (string?, string?, long?)> into, string page, CancellationToken cancel) =>
        Each(path, page, o =>
        {
            if (Id(o) is { } id)
            {
                into[id] = (Str(o, "model"), Str(o, "part_number"), Id(Obj(o, "manufacturer")));
            }
        }, cancel);

    private Task LoadNames(string path, Dictionary<long, string> into, string page, CancellationToken cancel) =>
        Each(path, $"{page}&brief=1", o =>
        {
            if (Id(o) is { } id && Str(o, "name") is { } name)
            {
                into[id] = name;
            }
        }, cancel);

    /// <summary>MAC addresses (NetBox 4.2+ keeps them as objects) by the device of the interface they are on.</summary>
    private Task LoadMacs(string page, CancellationToken cancel) =>
        Each("api/dcim/mac-addresses/", page, o =>
        {
            if (Str(o, "mac_address") is { } mac && Id(Obj(Obj(o, "assigned_object"), "device")) is { } device)
            {
                if (!_macs.TryGetValue(device, out var list))
                {
                    _macs[device] = list = [];
                }

                if (list.Count < FieldValues.MaxValuesPerField)
                {
                    list.Add(mac);
                }
            }
        }, cancel);

    private static string? SiteOfTermination(JsonElement o) =>
        Str(Obj(o, "site"), "name") ?? (Str(o, "termination_type") == "dcim.site" ? Str(Obj(o, "termination"), "name") : null);

    private static string? Lookup(Dictionary<long, string> names, JsonElement? nested) =>
        Id(nested) is { } id && names.TryGetValue(id, out var name) ? name : Str(nested, "name");

    private static JsonElement? Obj(JsonElement? o, string name) =>
        o is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    private static string? Str(JsonElement? o, string name) =>
        o is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long? Id(JsonElement? o) =>
        o is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("id", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var id) ? id : null;
}
