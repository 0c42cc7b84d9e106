using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using static NetOrigin.Tests.Policies.ShippedPackCaseTests;

namespace NetOrigin.Tests.Policies;

public class ShareCapTests
{
    [Theory]
    [InlineData("2023-06-30", FindingStatus.ActionRequired)]
    [InlineData("2024-06-30", FindingStatus.Violation)]
    public void Huawei_above_35_percent_of_full_fibre_access_is_a_pack_level_finding(string asOf, FindingStatus expected)
    {
        var lines = new List<string> { "id,manufacturer,role,technology" };
        lines.AddRange(Enumerable.Range(1, 41).Select(i => $"h{i},Huawei,access,full-fibre"));
        lines.AddRange(Enumerable.Range(1, 59).Select(i => $"n{i},Nokia,access,full-fibre"));
        lines.AddRange(Enumerable.Range(1, 20).Select(i => $"c{i},Huawei,core,full-fibre"));
        lines.Add("u1,Huawei,,full-fibre");
        var summary = Run(lines, asOf);

        var cap = Assert.Single(summary.PackFindings);
        Assert.Equal(("uk-huawei-designated-vendor", "full-fibre-access-cap"), (cap.PackId, cap.ObligationId));
        Assert.Equal(expected, cap.Status);
        Assert.Equal((41, 100, 1), (cap.Covered, cap.InScope, cap.Undecided));
        Assert.Equal(41m, cap.SharePercent);
        Assert.Equal(35m, cap.CapPercent);
        Assert.Equal(D("2023-10-31"), cap.Deadline);
        Assert.StartsWith("Huawei is 41% of roles access; technologies full-fibre (41 of 100 assets); the cap is 35% from 2023-10-31", cap.Evidence[0].Text, StringComparison.Ordinal);
        Assert.Contains(cap.Evidence[0].Sources!, s => s.Date?.Year == 2022);
    }

    [Fact]
    public void Under_the_cap_is_compliant()
    {
        var lines = new List<string> { "id,manufacturer,role,technology", "h1,Huawei,access,full-fibre" };
        lines.AddRange(Enumerable.Range(1, 9).Select(i => $"n{i},Nokia,access,full-fibre"));
        var cap = Assert.Single(Run(lines, "2024-06-30").PackFindings);
        Assert.Equal(FindingStatus.Compliant, cap.Status);
        Assert.Null(cap.Deadline);
    }

    private static AssessmentSummary Run(List<string> lines, string asOf)
    {
        var reference = TestData.Reference;
        var pack = reference.Pack("uk-huawei-designated-vendor");
        var run = new AssessmentRun(reference.CreateIdentifier(), [new PolicyEvaluator(pack, reference.Ownership)]);
        using var reader = InventorySource.Open(new StringReader(string.Join('\n', lines) + "\n"), "caps.csv", InventoryFormat.Csv);
        return run.Run(reader, new AssessmentContext("caps.csv", [pack], D(asOf)), new NullSink());
    }

    private sealed class NullSink : IFindingSink
    {
        public void Begin(AssessmentContext context)
        {
        }

        public void Write(Finding finding)
        {
        }

        public void Reject(Rejection rejection)
        {
        }

        public void End(AssessmentSummary summary)
        {
        }
    }
}
