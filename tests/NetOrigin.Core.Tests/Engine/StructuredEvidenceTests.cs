using System.Text.Json;
using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Reports;

namespace NetOrigin.Tests.Engine;

/// <summary>Evidence is data: ids, dates, registry entries and fingerprints that a store can keep and read back unchanged.</summary>
public class StructuredEvidenceTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    [Fact]
    public void Every_step_of_an_assessment_survives_json_and_reads_back_equal()
    {
        var data = TestData.Reference;
        var assets = new[]
        {
            new Asset { Id = "r1", Manufacturer = "Huawei", Role = AssetRole.Core, Macs = [MacAddress.Parse("30:FB:B8:01:02:03")], Identifiers = [new Identifier(IdentifierKind.SysDescr, "Huawei Versatile Routing Platform Software VRP (R) software, Version 8.180")], Acquired = new DateOnly(2020, 5, 1) },
            new Asset { Id = "c1", Manufacturer = "Hikvision", Role = AssetRole.Surveillance, Use = "government facility" },
            new Asset { Id = "x1", Manufacturer = "Nobody Known Ltd" },
        };
        var steps = new List<EvidenceStep>();
        var identifier = data.CreateIdentifier();
        foreach (var pack in new[] { "us-fcc-covered-list", "uk-huawei-designated-vendor" })
        {
            var evaluator = new PolicyEvaluator(data.Pack(pack), data.Ownership);
            steps.AddRange(assets.SelectMany(a => evaluator.Evaluate(a, identifier.Identify(a, AsOf), AsOf).Evidence));
        }

        Assert.Contains(steps, s => s.Facts.Registry is { Registry: "ieee-ma-l", Entry: "30FBB8" });
        Assert.Contains(steps, s => s.Facts.Fingerprint is { Database: "data/fingerprints/snmp_sysdescr.xml" } f && f.DatabaseVersion is not null);
        Assert.Contains(steps, s => s.Kind == EvidenceKind.Owner && s.Facts.Edges.Count > 0 && s.Facts.Date == new DateOnly(2020, 5, 1));
        Assert.Contains(steps, s => s.Kind == EvidenceKind.Designation && s.Facts.Designation is not null);
        Assert.Contains(steps, s => s.Kind == EvidenceKind.Obligation && s.Facts.Obligation is not null);
        Assert.Contains(steps, s => s.Kind == EvidenceKind.Verdict && s.Facts.Status == FindingStatus.Violation);

        foreach (var step in steps)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(buffer))
            {
                EvidenceJson.Write(json, step);
            }

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            var back = EvidenceJson.Read(document.RootElement, data.Sources);
            Assert.Equal(step, back);
        }
    }

    [Fact]
    public void The_json_report_carries_the_structured_fields_beside_the_text()
    {
        var data = TestData.Reference;
        using var reader = InventorySource.Open(new StringReader("id,manufacturer,role,mac\nr1,Huawei,core,30:FB:B8:01:02:03\n"), "inv.csv");
        using var output = new MemoryStream();
        var packs = new[] { data.Pack("us-fcc-covered-list") };
        using (var writer = new JsonFindingWriter(output))
        {
            new AssessmentRun(data.CreateIdentifier(), [new PolicyEvaluator(packs[0], data.Ownership)]).Run(reader, new AssessmentContext("inv.csv", packs, AsOf), writer);
        }

        using var report = JsonDocument.Parse(output.ToArray());
        var evidence = report.RootElement.GetProperty("findings")[0].GetProperty("evidence");
        var mac = evidence.EnumerateArray().First(e => e.GetProperty("step").GetString() == "identifier" && e.TryGetProperty("registry", out _));
        Assert.Equal("mac", mac.GetProperty("field").GetString());
        Assert.Equal("30:FB:B8:01:02:03", mac.GetProperty("value").GetString());
        Assert.Equal("huawei-technologies", mac.GetProperty("organisations")[0].GetString());
        var verdict = evidence.EnumerateArray().Last();
        Assert.Equal("violation", verdict.GetProperty("status").GetString());
        Assert.StartsWith("violation", verdict.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
