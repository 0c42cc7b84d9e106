using System.Text;
using System.Text.Json.Nodes;
using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Reports;

namespace NetOrigin.Tests.Engine;

/// <summary>The report shapes: referenced evidence resolves to the inline findings; CSV cells are formula-safe; identify in stages writes what one thread writes.</summary>
public class ReportShapeTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);
    private static readonly string Sample = Path.Combine(TestData.RepositoryRoot, "samples", "regional-carrier.csv");
    private static readonly string[] Packs = ["us-fcc-covered-list", "uk-huawei-designated-vendor", "cn-foreign-replacement"];

    [Fact]
    public void Referenced_evidence_resolves_to_the_same_findings_as_inline_and_lists_each_step_once()
    {
        var inline = Report(EvidenceShape.Inline);
        var referenced = Report(EvidenceShape.Referenced);
        Assert.Equal("inline", inline["evidence_shape"]!.GetValue<string>());
        Assert.Equal("referenced", referenced["evidence_shape"]!.GetValue<string>());

        var steps = referenced["evidence_steps"]!.AsObject();
        var chains = referenced["owner_chains"]!.AsObject();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var resolved = new JsonArray();
        foreach (var entry in referenced["assets"]!.AsArray())
        {
            foreach (var finding in entry!["findings"]!.AsArray())
            {
                var full = new JsonObject { ["asset"] = entry["asset"]!.DeepClone() };
                full["pack"] = finding!["pack"]!.DeepClone();
                full["status"] = finding["status"]!.DeepClone();
                full["deadline"] = finding["deadline"]?.DeepClone();
                full["manufacturer"] = entry["manufacturer"]?.DeepClone();
                if (entry["operating_system_maker"] is { } osMaker)
                {
                    full["operating_system_maker"] = osMaker.DeepClone();
                }

                full["owner_chain"] = entry["owner_chain"] switch
                {
                    null => new JsonArray(),
                    JsonValue id => chains[Used(id.GetValue<string>())]!.DeepClone(),
                    var chain => chain.DeepClone(),
                };
                foreach (var name in new[] { "designation", "missing_field" })
                {
                    if (finding[name] is { } value)
                    {
                        full[name] = value.DeepClone();
                    }
                }

                var evidence = new JsonArray();
                foreach (var step in entry["evidence"]!.AsArray().Concat(finding["evidence"]!.AsArray()))
                {
                    evidence.Add(step is JsonValue id ? steps[Used(id.GetValue<string>())]!.DeepClone() : step!.DeepClone());
                }

                full["evidence"] = evidence;
                resolved.Add(full);
            }
        }

        var expected = inline["findings"]!.AsArray();
        Assert.Equal(expected.Count, resolved.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i]!.ToJsonString(), resolved[i]!.ToJsonString());
        }

        // Each distinct step and chain is listed once, and every one listed is used.
        Assert.Equal(steps.Count, steps.Select(s => s.Value!.ToJsonString()).Distinct().Count());
        Assert.Equal(chains.Count, chains.Select(c => c.Value!.ToJsonString()).Distinct().Count());
        Assert.Equal(steps.Count + chains.Count, used.Count);
        Assert.True(steps.Count > 10);
        Assert.Equal(inline["summary"]!.ToJsonString(), referenced["summary"]!.ToJsonString());

        string Used(string id)
        {
            used.Add(id);
            return id;
        }
    }

    [Fact]
    public void Csv_cells_a_spreadsheet_would_run_are_made_text_and_quoted_where_needed()
    {
        var data = TestData.Reference;
        var inventory = "id,name,site,manufacturer,role\n=HYPERLINK(\"x\"),+cmd,@site,Huawei,core\n-r2,\"a, b\",plain,Huawei,core\n";
        using var reader = InventorySource.Open(new StringReader(inventory), "inv.csv");
        using var output = new MemoryStream();
        var packs = new[] { data.Pack("us-fcc-covered-list") };
        using (var writer = new CsvFindingWriter(output))
        {
            new AssessmentRun(data.CreateIdentifier(), [new PolicyEvaluator(packs[0], data.Ownership)]).Run(reader, new AssessmentContext("inv.csv", packs, AsOf), writer);
        }

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\"'=HYPERLINK(\"\"x\"\")\",'+cmd,'@site,us-fcc-covered-list,violation,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("'-r2,\"a, b\",plain,", lines[2], StringComparison.Ordinal);
        Assert.Contains(",\"declared manufacturer 'Huawei'", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",inv.csv,3,,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Identify_in_stages_writes_exactly_what_one_thread_writes()
    {
        var data = TestData.Reference;
        var staged = new StringWriter();
        var stagedRejects = new List<string>();
        using (var reader = InventorySource.Open(Sample))
        {
            new IdentificationRun(data.CreateIdentifier()).Run(reader, AsOf, new TsvIdentificationWriter(staged), r => stagedRejects.Add(r.ToString()!));
        }

        var single = new StringWriter();
        var singleRejects = new List<string>();
        var writer = new TsvIdentificationWriter(single);
        var identifier = data.CreateIdentifier();
        using (var reader = InventorySource.Open(Sample))
        {
            foreach (var record in reader.Read())
            {
                if (record.Asset is not { } asset)
                {
                    singleRejects.Add(record.Rejection!.ToString()!);
                    continue;
                }

                var id = identifier.Identify(asset, AsOf);
                writer.Write(IdentificationRow.From(asset.Id, id.Manufacturer, id.Confidence, id.Product, id.DeviceType, id.Claims, id.Disagreement,
                    asset.InputNotes.Count == 0 ? id.Notes : [.. asset.InputNotes, .. id.Notes], id.OperatingSystem, id.OperatingSystemOnly));
            }
        }

        writer.Flush();
        Assert.True(singleRejects.Count > 0);
        Assert.Equal(singleRejects, stagedRejects);
        Assert.Equal(single.ToString(), staged.ToString());
        Assert.True(single.ToString().Split('\n').Length > 1900);
    }

    [Fact]
    public void Evidence_built_when_first_read_is_the_evidence_built_beside_the_verdict()
    {
        var data = TestData.Reference;
        var packs = Packs.Select(data.Pack).ToArray();
        var facts = new AssetEvidenceBuilder(data.Ownership, data.Resolver);
        var evaluators = packs.Select(p => new PolicyEvaluator(p, facts)).ToArray();
        var eager = new List<Finding>();
        var deferred = new List<Finding>();
        using (var reader = InventorySource.Open(Sample))
        {
            new AssessmentRun(data.CreateIdentifier(), evaluators).Run(reader, new AssessmentContext(Sample, packs, AsOf), new CollectingSink(eager, readsAllEvidence: true));
        }

        using (var reader = InventorySource.Open(Sample))
        {
            new AssessmentRun(data.CreateIdentifier(), evaluators).Run(reader, new AssessmentContext(Sample, packs, AsOf), new CollectingSink(deferred, readsAllEvidence: false));
        }

        // Read from several threads at once: each finding's chain is joined once, and every pack's finding on an asset
        // holds the same asset step objects (the JSON report writes them once per asset by that).
        var chains = new System.Collections.Concurrent.ConcurrentBag<(int Index, IReadOnlyList<EvidenceStep> Chain)>();
        Parallel.For(0, deferred.Count * 2, i => chains.Add((i % deferred.Count, deferred[i % deferred.Count].Evidence)));
        Assert.All(chains.GroupBy(c => c.Index), g => Assert.Single(g.Select(c => c.Chain).Distinct(ReferenceEqualityComparer.Instance)));
        Assert.Equal(eager.Count, deferred.Count);
        for (var i = 0; i < eager.Count; i++)
        {
            Assert.Equal(eager[i].AssetSteps, deferred[i].AssetSteps);
            Assert.Equal(eager[i].Evidence, deferred[i].Evidence);
            if (i > 0 && ReferenceEquals(deferred[i].Asset, deferred[i - 1].Asset))
            {
                Assert.Equal(deferred[i - 1].Evidence.Take(deferred[i].AssetSteps), deferred[i].Evidence.Take(deferred[i].AssetSteps), ReferenceEqualityComparer.Instance);
            }
        }

        Assert.Contains(deferred, f => f.AssetSteps > 1 && f.Evidence.Count > f.AssetSteps);
    }

    private sealed class CollectingSink(List<Finding> findings, bool readsAllEvidence) : IFindingSink
    {
        public bool ReadsAllEvidence => readsAllEvidence;

        public void Begin(AssessmentContext context)
        {
        }

        public void Write(Finding finding) => findings.Add(finding);

        public void Reject(Rejection rejection)
        {
        }

        public void End(AssessmentSummary summary)
        {
        }
    }

    private static JsonNode Report(EvidenceShape shape)
    {
        var data = TestData.Reference;
        var packs = Packs.Select(data.Pack).ToArray();
        var facts = new AssetEvidenceBuilder(data.Ownership, data.Resolver);
        using var reader = InventorySource.Open(Sample);
        using var output = new MemoryStream();
        using (var writer = new JsonFindingWriter(output, shape))
        {
            new AssessmentRun(data.CreateIdentifier(), [.. packs.Select(p => new PolicyEvaluator(p, facts))]).Run(reader, new AssessmentContext(Sample, packs, AsOf), writer);
        }

        return JsonNode.Parse(output.ToArray())!;
    }
}
