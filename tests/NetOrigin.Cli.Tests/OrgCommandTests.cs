using System.Text.Json;

namespace NetOrigin.Cli.Tests;

public class OrgCommandTests
{
    [Fact]
    public void Org_show_json_gives_controllers_states_and_paths_for_a_brand()
    {
        var result = NetOriginProcess.Run("org", "show", "HiLook", "--as-of", "2024-06-01", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("hikvision", root.GetProperty("organisation").GetProperty("id").GetString());
        Assert.Equal(["State-owned Assets Supervision and Administration Commission of the State Council"], root.GetProperty("ultimate_controllers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["CN"], root.GetProperty("states").EnumerateArray().Select(e => e.GetString()));
        var control = root.GetProperty("paths")[0];
        Assert.Equal(["cethik", "cetc", "sasac"], control.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("owner_id").GetString()));
        Assert.Equal("explicit", control.GetProperty("edges")[0].GetProperty("control").GetString());
        Assert.Equal(38.88m, control.GetProperty("edges")[0].GetProperty("share").GetDecimal());
        Assert.NotEmpty(root.GetProperty("sources").EnumerateArray());
        Assert.Contains("HiLook", root.GetProperty("brands").EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        Assert.Contains(root.GetProperty("oem").EnumerateArray(), o => o.GetProperty("brand").GetString() == "Annke" && o.GetProperty("unverified").GetBoolean());
    }

    [Theory]
    [InlineData("2020-11-16", "Huawei")]
    [InlineData("2020-11-17", "Shenzhen Zhixin")]
    public void Org_show_text_follows_the_date(string date, string expectedOwner)
    {
        var result = NetOriginProcess.Run("org", "show", "honor-device", "--as-of", date);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"Honor ← 100% {expectedOwner}", result.Out, StringComparison.Ordinal);
        Assert.Contains("sources:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Org_show_marks_unverified_facts()
    {
        var result = NetOriginProcess.Run("org", "show", "Juniper Networks", "--as-of", "2025-08-01");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Hewlett Packard Enterprise Company [hpe]", result.Out, StringComparison.Ordinal);
        Assert.Contains("[unverified]", result.Out, StringComparison.Ordinal);
        Assert.Contains("since 2025-07-02", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Org_show_of_an_unknown_name_is_a_usage_error()
    {
        var result = NetOriginProcess.Run("org", "show", "No Such Maker Zzz");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no organisation is known by 'No Such Maker Zzz'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Org_search_matches_names_aliases_and_brands()
    {
        var result = NetOriginProcess.Run("org", "search", "ezviz");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("hikvision", result.Out, StringComparison.Ordinal);
        Assert.Contains("brand 'EZVIZ'", result.Out, StringComparison.Ordinal);
        Assert.Contains("ezviz ", result.Out, StringComparison.Ordinal);

        var chinese = NetOriginProcess.Run("org", "search", "海康");
        Assert.Contains("hikvision", chinese.Out, StringComparison.Ordinal);
        Assert.Contains("manufacturer", chinese.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Org_validate_passes_on_the_shipped_data()
    {
        var result = NetOriginProcess.Run("org", "validate");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("0 errors", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_file_adds_a_supplier_whose_owner_is_shown()
    {
        var mine = NetOriginProcess.TempFile("mine.yaml", """
            sources:
              - {id: my-contract, title: Our reseller agreement}
            organisations:
              - {id: my-reseller, name: Local Reseller Ltd, kind: other, country: GB, sources: [my-contract]}
            ownership:
              - {owner: hikvision, owned: my-reseller, share: 60, sources: [my-contract]}
            """);
        var result = NetOriginProcess.Run("org", "show", "Local Reseller", "--orgs", mine, "--as-of", "2024-06-01", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["CN"], json.RootElement.GetProperty("states").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Org_validate_reports_a_redefined_shipped_organisation_with_both_places()
    {
        var mine = NetOriginProcess.TempFile("mine.yaml", """
            organisations:
              - {id: hikvision, name: My Hikvision, kind: manufacturer, sources: [fcc-covered-list]}
            """);
        var result = NetOriginProcess.Run("org", "validate", "--orgs", mine);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("mine.yaml:2", result.Error, StringComparison.Ordinal);
        Assert.Contains("hikvision.yaml:", result.Error, StringComparison.Ordinal);
        Assert.Contains("replaces: true", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Org_validate_warns_about_a_name_two_organisations_share()
    {
        var mine = NetOriginProcess.TempFile("mine.yaml", """
            organisations:
              - {id: fake-hik, name: Fake Hik Ltd, aliases: [海康威视], kind: other, sources: [fcc-covered-list]}
            """);
        var result = NetOriginProcess.Run("org", "validate", "--orgs", mine);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("warning", result.Error, StringComparison.Ordinal);
        Assert.Contains("fake-hik", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 warnings", result.Out, StringComparison.Ordinal);
    }
}
