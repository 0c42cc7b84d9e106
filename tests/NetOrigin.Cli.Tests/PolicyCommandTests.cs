using System.Text.Json;

namespace NetOrigin.Cli.Tests;

public class PolicyCommandTests
{
    private static string OldFccPack => Path.Combine(NetOriginProcess.RepositoryRoot, "tests", "NetOrigin.Cli.Tests", "Fixtures", "us-fcc-covered-list-2024-09-03.yaml");

    [Fact]
    public void Policy_list_shows_every_shipped_pack()
    {
        var result = NetOriginProcess.Run("policy", "list");
        Assert.Equal(0, result.ExitCode);
        foreach (var id in new[] { "us-fcc-covered-list", "us-ndaa-889", "us-dod-1260h", "uk-huawei-designated-vendor", "de-5g-2024", "se-pts-2020", "eu-5g-toolbox", "cn-foreign-replacement", "us-untrusted-satellite" })
        {
            Assert.Contains(id, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Policy_validate_names_file_and_line_and_exits_2()
    {
        var bad = NetOriginProcess.TempFile("bad.yaml", "id: x\ntitle: t\njurisdiction: US\nversion: 1\ndesignations:\n  - id: a\n    organisation: huawei-technologies\n    colour: red\n");
        var result = NetOriginProcess.Run("policy", "validate", bad);
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"bad\.yaml:\d+: ", result.Error);

        Assert.Equal(0, NetOriginProcess.Run("policy", "validate", Path.Combine(NetOriginProcess.RepositoryRoot, "data", "policies", "us-ndaa-889.yaml")).ExitCode);
    }

    [Fact]
    public void Policy_diff_lists_the_drones_the_december_2025_fcc_addition_covers()
    {
        var inventory = NetOriginProcess.TempFile("inv.csv", "id,manufacturer,role,origin_country\nd1,DJI,other,CN\nr1,Cisco,core,\nh1,Huawei,core,\n");
        var result = NetOriginProcess.Run("policy", "diff", OldFccPack, "us-fcc-covered-list", "--inventory", inventory, "--as-of", "2026-01-15");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("d1\tcompliant -> violation", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("h1\t", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 of 3 assets change status", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Waivers_list_shows_states_and_those_expiring_soon()
    {
        var waivers = NetOriginProcess.TempFile("waivers.yaml", """
            waivers:
              - id: W-1
                scope: {asset_ids: [h1], pack: uk-huawei-designated-vendor}
                justification: cut-over booked
                approver: CISO
                granted: 2024-01-01
                expires: 2024-07-15
              - id: W-2
                scope: {sites: [London], pack: uk-huawei-designated-vendor}
                justification: old
                approver: CISO
                granted: 2023-01-01
                expires: 2024-01-01
            """);
        var all = NetOriginProcess.Run("waivers", "list", waivers, "--as-of", "2024-07-01");
        Assert.Equal(0, all.ExitCode);
        Assert.Contains("W-1\tactive", all.Out, StringComparison.Ordinal);
        Assert.Contains("W-2\texpired", all.Out, StringComparison.Ordinal);

        var soon = NetOriginProcess.Run("waivers", "list", waivers, "--as-of", "2024-07-01", "--expiring-within", "30");
        Assert.Contains("W-1\texpiring-within 30d", soon.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("W-2", soon.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_applies_waivers_and_reports_share_caps_in_json()
    {
        var rows = string.Concat(Enumerable.Range(1, 4).Select(i => $"h{i},Huawei,access,full-fibre\n")) + string.Concat(Enumerable.Range(1, 6).Select(i => $"n{i},Nokia,access,full-fibre\n")) + "core1,Huawei,core,5g\n";
        var inventory = NetOriginProcess.TempFile("inv.csv", "id,manufacturer,role,technology\n" + rows);
        var waivers = NetOriginProcess.TempFile("waivers.yaml", """
            waivers:
              - id: W-12
                scope: {asset_ids: [core1], pack: uk-huawei-designated-vendor, obligation: core-removal}
                justification: replacement core on order
                approver: CISO
                granted: 2024-01-01
                expires: 2025-01-01
            """);
        var result = NetOriginProcess.Run("assess", inventory, "--policy", "uk-huawei-designated-vendor", "--as-of", "2024-06-30", "--waivers", waivers, "--format", "json", "--evidence", "inline");
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        var core = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("asset").GetProperty("id").GetString() == "core1");
        Assert.Equal("waived", core.GetProperty("status").GetString());
        Assert.Equal(1, root.GetProperty("records").GetProperty("accepted").GetInt32() / 11);
        var cap = Assert.Single(root.GetProperty("pack_findings").EnumerateArray());
        Assert.Equal("violation", cap.GetProperty("status").GetString());
        Assert.Equal(40m, cap.GetProperty("share_percent").GetDecimal());
        Assert.Equal(35m, cap.GetProperty("cap_percent").GetDecimal());
        Assert.Equal("2023-10-31", cap.GetProperty("deadline").GetString());
    }
}
