using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetOrigin.Entities;
using NetOrigin.ReferenceData;

namespace NetOrigin.Reports;

/// <summary>
/// An ownership resolution as JSON for tools. The top-level names (organisation, ultimate_controllers, states,
/// paths) are a contract; states are ISO 3166-1 alpha-2 codes.
/// </summary>
public static class OwnershipResolutionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the profile, indented, then a new line; <paramref name="output"/> stays open.</summary>
    public static void Write(OrganisationProfile profile, string? how, Stream output)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            Write(json, profile, how);
        }

        output.Write("\n"u8);
        output.Flush();
    }

    /// <summary>Writes the profile as one JSON object (a report, a web response).</summary>
    public static void Write(Utf8JsonWriter json, OrganisationProfile profile, string? how)
    {
        var resolution = profile.Ownership;
        json.WriteStartObject();
        json.WriteString("as_of", Day(resolution.AsOf));
        json.WritePropertyName("organisation");
        WriteOrganisation(json, resolution.Subject);
        if (how is not null)
        {
            json.WriteString("matched", how);
        }

        json.WriteStartArray("ultimate_controllers");
        foreach (var controller in resolution.UltimateControllers)
        {
            json.WriteStringValue(controller.Name);
        }

        json.WriteEndArray();
        json.WriteStartArray("ultimate_controller_ids");
        foreach (var controller in resolution.UltimateControllers)
        {
            json.WriteStringValue(controller.Id);
        }

        json.WriteEndArray();
        json.WriteStartArray("states");
        foreach (var state in resolution.States)
        {
            json.WriteStringValue(state);
        }

        json.WriteEndArray();
        json.WriteBoolean("state_controlled", resolution.IsStateControlled);
        json.WriteNumber("confidence", Math.Round(resolution.Confidence, 3));
        json.WriteBoolean("unverified", resolution.HasUnverifiedFacts);
        json.WriteStartArray("brands");
        foreach (var brand in profile.Brands)
        {
            json.WriteStartObject();
            json.WriteString("name", brand.Name);
            WriteIds(json, "categories", brand.Categories);
            json.WriteBoolean("unverified", brand.Unverified);
            WriteIds(json, "sources", brand.Sources.Select(x => x.Id));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("oem");
        foreach (var oem in profile.Oem)
        {
            json.WriteStartObject();
            json.WriteString("maker_id", oem.MakerId);
            Optional(json, "brand", oem.BrandName);
            Optional(json, "brand_owner_id", oem.BrandOwnerId);
            WriteIds(json, "categories", oem.Categories);
            json.WriteNumber("confidence", oem.Confidence);
            json.WriteBoolean("unverified", oem.Unverified);
            WriteIds(json, "sources", oem.Sources.Select(x => x.Id));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("paths");
        foreach (var path in resolution.Paths)
        {
            WritePath(json, path);
        }

        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (var note in resolution.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var source in resolution.Sources)
        {
            WriteSource(json, source);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>An organisation's kind as reports name it: manufacturer, holding, state_body, service_provider, ...</summary>
    public static string KindName(Organisation organisation) => organisation.Kind switch
    {
        OrganisationKind.ServiceProvider => "service_provider",
        OrganisationKind.StateBody => "state_body",
        var other => other.ToString().ToLowerInvariant(),
    };

    private static void WriteOrganisation(Utf8JsonWriter json, Organisation organisation)
    {
        json.WriteStartObject();
        json.WriteString("id", organisation.Id);
        json.WriteString("name", organisation.Name);
        Optional(json, "common_name", organisation.CommonName);
        json.WriteString("kind", KindName(organisation));
        Optional(json, "country", organisation.Country);
        Optional(json, "state", organisation.State);
        json.WriteEndObject();
    }

    private static void WritePath(Utf8JsonWriter json, OwnershipPath path)
    {
        json.WriteStartObject();
        json.WriteString("root", path.Root.Id);
        json.WriteBoolean("controls", path.Controls);
        json.WriteNumber("controlling_length", path.ControllingLength);
        if (path.EffectiveShare is { } share)
        {
            json.WriteNumber("effective_share", Math.Round(share, 4));
        }
        else
        {
            json.WriteNull("effective_share");
        }

        json.WriteStartArray("countries");
        foreach (var country in path.Countries)
        {
            json.WriteStringValue(country);
        }

        json.WriteEndArray();
        json.WriteBoolean("unverified", path.Unverified);
        json.WriteNumber("confidence", Math.Round(path.Confidence, 3));
        json.WriteString("end", path.End switch { PathEnd.Cycle => "cycle", PathEnd.DepthLimit => "depth_limit", _ => "root" });
        json.WriteStartArray("edges");
        for (var i = 0; i < path.Steps.Count; i++)
        {
            var (owner, edge) = (path.Steps[i].Owner, path.Steps[i].Edge);
            json.WriteStartObject();
            json.WriteString("owner_id", owner.Id);
            json.WriteString("owner", owner.Name);
            json.WriteString("owned_id", edge.OwnedId);
            json.WriteString("owned", (i == 0 ? path.Subject : path.Steps[i - 1].Owner).Name);
            if (edge.Share is { } s)
            {
                json.WriteNumber("share", s);
            }
            else
            {
                json.WriteNull("share");
            }

            json.WriteString("control", edge.Basis.ToString().ToLowerInvariant());
            Optional(json, "from", edge.From is { } from ? Day(from) : null);
            Optional(json, "to", edge.To is { } to ? Day(to) : null);
            json.WriteBoolean("unverified", edge.Unverified);
            json.WriteStartArray("sources");
            foreach (var source in edge.Sources)
            {
                json.WriteStringValue(source.Id);
            }

            json.WriteEndArray();
            Optional(json, "note", edge.Note);
            json.WriteString("defined_at", edge.DefinedAt);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter json, Source source)
    {
        json.WriteStartObject();
        json.WriteString("id", source.Id);
        json.WriteString("citation", source.Citation);
        Optional(json, "url", source.Url);
        json.WriteBoolean("unverified", source.Unverified);
        json.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
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

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
