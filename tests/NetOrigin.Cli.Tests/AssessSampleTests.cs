using System.Text.Json;

namespace NetOrigin.Cli.Tests;

/// <summary>
/// The main job end to end on the bundled sample: the expectations come from the sample generator's own ground
/// truth, not from the engine under test.
/// </summary>
public class AssessSampleTests
{
    private const string AsOf = "2026-06-30";
    private static readonly string Sample = Path.Combine(NetOriginProcess.RepositoryRoot, "samples", "regional-carrier.csv");
    private static readonly string Truth = Path.Combine(NetOriginProcess.RepositoryRoot, "samples", "regional-carrier.truth.tsv");
    private static readonly Lazy<(JsonDocument Report, NetOriginProcess.Result Run, string Rejects)> Assessed = new(() =>
    {
        var output = NetOriginProcess.TempFile("findings.json");
        var rejects = NetOriginProcess.TempFile("rejects.csv");
        var run = NetOriginProcess.Run("assess", Sample, "--as-of", AsOf, "--format", "json", "--evidence", "inline", "--out", output, "--rejects", rejects);
        return (JsonDocument.Parse(File.ReadAllText(output)), run, rejects);
    });

    private static JsonElement Report => Assessed.Value.Report.RootElement;

    [Fact]
    public void Every_finding_has_the_status_the_generator_expects()
    {
        var findings = Report.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("asset").GetProperty("line").GetInt64());
        var mismatches = new List<string>();
        foreach (var truth in SampleTruthRow.Load(Truth).Where(t => t.ExpectedFccStatus != "rejected"))
        {
            var finding = findings[truth.Line];
            var status = finding.GetProperty("status").GetString();
            if (status != truth.ExpectedFccStatus)
            {
                mismatches.Add($"line {truth.Line} {truth.Id} ({truth.MakerGroup}, {truth.Note}): expected {truth.ExpectedFccStatus}, got {status}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void The_identified_maker_belongs_to_the_true_makers_group()
    {
        var findings = Report.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("asset").GetProperty("line").GetInt64());
        var wrong = new List<string>();
        var identified = 0;
        foreach (var truth in SampleTruthRow.Load(Truth).Where(t => t.ExpectedFccStatus != "rejected" && t.MakerGroup.Length > 0))
        {
            var chain = findings[truth.Line].GetProperty("owner_chain").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
            if (chain.Count > 0)
            {
                identified++;
            }

            if (!truth.MakerGroup.Split('|').Any(chain.Contains))
            {
                wrong.Add($"line {truth.Line}: expected {truth.MakerGroup}, chain [{string.Join(", ", chain)}]");
            }
        }

        Assert.Empty(wrong);
        Assert.True(identified > 1500, $"only {identified} assets identified");
    }

    [Fact]
    public void Every_record_is_counted_and_every_rejection_is_reported_with_its_line()
    {
        var records = Report.GetProperty("records");
        var read = records.GetProperty("read").GetInt64();
        var accepted = records.GetProperty("accepted").GetInt64();
        var rejected = records.GetProperty("rejected").GetInt64();
        var truth = SampleTruthRow.Load(Truth);
        Assert.Equal(truth.Count, read);
        Assert.Equal(read, accepted + rejected);
        var expectedRejectedLines = truth.Where(t => t.ExpectedFccStatus == "rejected").Select(t => t.Line).ToList();
        Assert.Equal(expectedRejectedLines.Count, rejected);
        Assert.Equal(accepted, Report.GetProperty("findings").GetArrayLength());

        var rejectLines = File.ReadLines(Assessed.Value.Rejects).Skip(1).Select(l => long.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(expectedRejectedLines, rejectLines);
        foreach (var line in expectedRejectedLines)
        {
            Assert.Contains($"regional-carrier.csv:{line}: ", Assessed.Value.Run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Findings_carry_the_contract_fields_and_an_evidence_chain_ending_at_a_dated_legal_source()
    {
        Assert.Equal(0, Assessed.Value.Run.ExitCode);
        var violation = Report.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("status").GetString() == "violation");
        foreach (var field in new[] { "asset", "pack", "status", "deadline", "manufacturer", "owner_chain", "evidence" })
        {
            Assert.True(violation.TryGetProperty(field, out _), $"missing '{field}'");
        }

        Assert.Equal("us-fcc-covered-list", violation.GetProperty("pack").GetString());
        var steps = violation.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal("identifier", steps[0].GetProperty("step").GetString());
        var designation = steps.Single(s => s.GetProperty("step").GetString() == "designation");
        var sources = Report.GetProperty("sources");
        var cited = designation.GetProperty("sources").EnumerateArray().Select(id => sources.GetProperty(id.GetString()!)).ToList();
        Assert.Contains(cited, s => s.GetProperty("title").GetString()!.Contains("FCC Covered List", StringComparison.Ordinal) && s.TryGetProperty("date", out _));
        var summary = Report.GetProperty("summary");
        Assert.True(summary.GetProperty("by_status").GetProperty("violation").GetInt64() > 0);
    }
}
