using System.Text.Json;
using Json.Schema;

namespace NetOrigin.Tests.Inventory.Formats;

/// <summary>
/// The official CycloneDX 1.6 JSON schema, as the npm package @cyclonedx/cyclonedx-library ships it (with the SPDX
/// licence and JSF signature schemas it references). ./test.sh fetches the package into .cache/; a missing schema
/// is a failure that says so, never a skipped check.
/// </summary>
public static class CycloneDxSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static string Directory =>
        Environment.GetEnvironmentVariable("NETORIGIN_CYCLONEDX_SCHEMA_DIR")
        ?? Path.Combine(TestData.RepositoryRoot, ".cache", "cyclonedx-library", "package", "res", "schema");

    /// <summary>The schema's complaints about <paramref name="bom"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonElement bom)
    {
        var result = Schema.Value.Evaluate(bom, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).ToList();
    }

    private static JsonSchema Load()
    {
        var bom = Path.Combine(Directory, "bom-1.6.SNAPSHOT.schema.json");
        if (!File.Exists(bom))
        {
            Assert.Fail($"the CycloneDX 1.6 JSON schema is not at {bom}. Run ./test.sh, which fetches it with: npm pack @cyclonedx/cyclonedx-library@10.3.0 (into .cache/cyclonedx-library)");
        }

        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        foreach (var referenced in new[] { "spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json" })
        {
            var schema = JsonSchema.FromFile(Path.Combine(Directory, referenced), options, new Uri($"http://cyclonedx.org/schema/{referenced}"));
            options.SchemaRegistry.Register(new Uri($"http://cyclonedx.org/schema/{referenced}"), schema);
        }

        return JsonSchema.FromFile(bom, options, new Uri("http://cyclonedx.org/schema/bom-1.6.schema.json"));
    }
}
