namespace NetOrigin.Planning.Tests;

/// <summary>A UK operator with Huawei in its 5G RAN, core and full-fibre access, against the 2027 deadline.</summary>
public sealed class UkOperatorPlanTests
{
    private static readonly string[] Args = [Cli.Fixture("uk-operator.csv"), "--policy", "uk-huawei-designated-vendor", "--start", "2026-03-02", "--crews", "2", "--time-limit", "20", "--workers", "1"];

    [Fact]
    public void The_5g_ran_is_planned_out_by_the_end_of_2027_and_the_passed_core_deadline_is_reported_as_such()
    {
        var plan = Cli.Plan(Args);
        var items = plan.GetProperty("items").EnumerateArray().ToList();

        var ran = items.Where(i => i.GetProperty("role").GetString() == "ran").ToList();
        Assert.Equal(8, ran.Count);
        Assert.All(ran, i =>
        {
            Assert.Equal("2027-12-31", i.GetProperty("deadline").GetProperty("date").GetString());
            Assert.True(i.GetProperty("deadline").GetProperty("met").GetBoolean());
        });

        var core = items.Where(i => i.GetProperty("role").GetString() == "core").ToList();
        Assert.Equal(2, core.Count);
        Assert.All(core, i => Assert.True(i.GetProperty("deadline").GetProperty("already_passed").GetBoolean()));
        var coreDeadline = plan.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("date").GetString() == "2023-12-31");
        Assert.Contains("passed when planning began", coreDeadline.GetProperty("fixes")[0].GetString());

        // Huawei is never proposed as its own replacement; Ericsson, Nokia and Samsung are.
        var alternatives = ran[0].GetProperty("alternatives").EnumerateArray().ToList();
        Assert.DoesNotContain(alternatives, a => a.GetProperty("maker").GetString() == "huawei-technologies" && a.GetProperty("eligible").GetBoolean());
        Assert.Contains(alternatives, a => a.GetProperty("maker").GetString() == "ericsson" && a.GetProperty("eligible").GetBoolean());

        // The premium over the cheaper incumbent is shown.
        Assert.True(ran[0].GetProperty("equipment_premium").GetDouble() > 0);
    }

    [Fact]
    public void The_share_report_shows_5g_sites_and_full_fibre_against_the_35_percent_cap_now_and_as_planned()
    {
        var dir = Scratch.Directory();
        var result = Cli.Run(["report", "uk-share", .. Args, "--out-dir", dir]);
        Assert.True(result.ExitCode == 0, result.Error);

        var csv = File.ReadAllText(Path.Combine(dir, "uk-share.csv"));
        Assert.Contains("2026-03-02 (now),8 of 12,66.7%,2 of 5,40.0%,above", csv);
        Assert.Contains("2027-12-31 (planned),0 of 12,0.0%", csv);
        var html = File.ReadAllText(Path.Combine(dir, "uk-share.html"));
        Assert.Contains("35% cap", html);
        Assert.Contains("<svg", html);
    }
}
