using System.Text.Json;
using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.ReferenceData;

namespace NetOrigin.Reports;

/// <summary>
/// The parts of a finding as <c>assess --format json</c> writes them (docs/assess-output.md): the manufacturer and
/// the owner chain. One writer for the report and for every host that stores or serves findings,
/// so the names stay one contract.
/// </summary>
public static class FindingJson
{

    /// <summary>The "manufacturer" property (and "operating_system_maker" when only that maker is known).</summary>
    public static void WriteManufacturer(Utf8JsonWriter json, Attribution identification)
    {
        if (identification.Manufacturer is not { } maker)
        {
            json.WriteNull("manufacturer");
            return;
        }

        if (identification.OperatingSystemOnly)
        {
            // The device's maker is unknown; what is known is who made the operating system it runs.
            json.WriteNull("manufacturer");
            json.WriteStartObject("operating_system_maker");
            json.WriteString("id", maker.Id);
            json.WriteString("name", maker.Name);
            json.WriteEndObject();
            return;
        }

        // Written for every asset: the names are encoded once.
        json.WriteStartObject(JsonNames.Manufacturer);
        json.WriteString(JsonNames.Id, maker.Id);
        json.WriteString(JsonNames.Name, maker.Name);
        if (!maker.Listed)
        {
            // Named by a registry or fingerprint, but not in the organisation data: no owners are known.
            json.WriteBoolean("listed", false);
        }

        if (maker.Country is { } country)
        {
            json.WriteString(JsonNames.Country, country);
        }

        json.WriteNumber(JsonNames.Confidence, identification.Confidence);
        if (identification.Product is { } product)
        {
            json.WriteString(JsonNames.Product, product);
        }
        json.WriteEndObject();
    }

    /// <summary>The owner chain as an array value, from the maker up; the sources its edges cite go to <paramref name="cited"/>.</summary>
    public static void WriteOwnerChain(Utf8JsonWriter json, ControlChain chain, ISet<Source>? cited = null)
    {
        json.WriteStartArray();
        foreach (var link in chain.Links)
        {
            json.WriteStartObject();
            json.WriteString("id", link.Organisation.Id);
            json.WriteString("name", link.Organisation.Name);
            if ((link.Organisation.Country ?? link.Organisation.State) is { } country)
            {
                json.WriteString("country", country);
            }

            json.WriteString("kind", FieldCatalog.ToSnakeCase(link.Organisation.Kind.ToString()));
            if (link.Via is { } edge)
            {
                if (edge.Share is { } share)
                {
                    json.WriteNumber("share", share);
                }

                json.WriteBoolean("control", edge.Controls);
                if (edge.Unverified)
                {
                    json.WriteBoolean("unverified", true);
                }

                WriteSourceIds(json, edge.Sources, cited);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    internal static void WriteSourceIds(Utf8JsonWriter json, IReadOnlyList<Source> sources, ISet<Source>? cited)
    {
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            json.WriteStringValue(source.Id);
            cited?.Add(source);
        }

        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
