using System.Text.Json;

namespace NetOrigin.Cli.Tests;

public class IdentifyCommandTests
{
    private const string Inventory = "id\tsys_descr\tmac\tmodel\n" +
        "r1\tHuawei Versatile Routing Platform Software VRP (R) software, Version 8.180 (NE40E V800R011C00SPC300)\t\t\n" +
        "c1\t\t\tDS-2CD2143G2-I\n" +
        "m1\t\t30:FB:B8:01:02:03\t\n" +
        "u1\tsomething nobody knows\t\t\n";

    private static CliResult Identify(string inventory, string name = "inv.tsv", params string[] options) =>
        CliRunner.Run(["identify", TestDataDirectory.Scratch(name, inventory), "--data", TestDataDirectory.Path, .. options]);

    [Fact]
    public void Tsv_is_the_default_with_the_contract_columns_and_one_row_per_asset()
    {
        var result = Identify(Inventory);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("id\tmanufacturer\tproduct\tdevice_type\tconfidence\tevidence\tos_vendor\tlegal_name", result.Lines[0]);
        var rows = result.Lines.Skip(1).Select(l => l.Split('\t')).ToDictionary(c => c[0]);
        Assert.Equal(4, rows.Count);
        Assert.All(rows.Values, r => Assert.Equal(8, r.Length));
        Assert.Equal("Huawei", rows["r1"][1]);
        Assert.Equal("Huawei Technologies Co., Ltd.", rows["r1"][7]);
        Assert.Equal("Huawei", rows["r1"][6]);
        Assert.Equal("NE40E", rows["r1"][2]);
        Assert.Contains("matches fingerprint 'Huawei VRP' (data/fingerprints/snmp_sysdescr.xml)", rows["r1"][5], StringComparison.Ordinal);
        Assert.Equal("Hikvision", rows["c1"][1]);
        Assert.Equal("Hangzhou Hikvision Digital Technology Co., Ltd.", rows["c1"][7]);
        Assert.Equal("Huawei", rows["m1"][1]);
        Assert.Equal(["u1", "", "", "", "0", "", "", ""], rows["u1"]);
    }

    [Fact]
    public void Csv_output_cannot_be_run_as_a_spreadsheet_formula()
    {
        var result = Identify("id,model\n=HYPERLINK(\"x\"),DS-2CD2143G2-I\n", "inv.csv", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("id,manufacturer,product,device_type,confidence,evidence,os_vendor,legal_name", result.Lines[0]);
        Assert.StartsWith("\"'=HYPERLINK(\"\"x\"\")\",Hikvision,DS-2CD2143G2-I", result.Lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"Hangzhou Hikvision Digital Technology Co., Ltd.\"", result.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_in_and_out()
    {
        var result = Identify("{\"id\":\"r1\",\"ssh_banner\":\"SSH-2.0-HUAWEI-1.5\"}\n{\"id\":\"x\"}\n", "inv.jsonl", "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Huawei", rows[0].GetProperty("manufacturer").GetString());
        Assert.Equal("Huawei Technologies Co., Ltd.", rows[0].GetProperty("legal_name").GetString());
        Assert.True(rows[0].GetProperty("confidence").GetDouble() > 0.5);
        Assert.Equal("", rows[1].GetProperty("manufacturer").GetString());
        Assert.Equal(0, rows[1].GetProperty("confidence").GetDouble());
    }

    [Fact]
    public void A_host_known_only_by_its_operating_system_gives_the_os_maker_in_os_vendor_and_no_device_maker()
    {
        var result = Identify("id\tssh_banner\nh\tSSH-2.0-OpenSSH_7.4p1 Debian-10+deb9u7\n");

        var row = result.Lines[1].Split('\t');
        Assert.Equal("", row[1]);
        Assert.Equal("host (operating system maker only)", row[3]);
        Assert.Equal("Debian", row[6]);
    }

    [Fact]
    public void As_of_answers_a_bought_companys_registrant_with_the_maker_on_that_date()
    {
        var inventory = TestDataDirectory.Scratch("compaq.tsv", "id\tsys_object_id\ns\t1.3.6.1.4.1.232.9.4.10\n");
        string MakerOn(string date) =>
            CliRunner.Run(["identify", inventory, "--as-of", date, "--data", Path.Combine(TestDataDirectory.RepositoryRoot, "data")]).Lines[1].Split('\t')[1];

        Assert.Equal("HPE", MakerOn("2026-06-30"));
        Assert.Equal("HP", MakerOn("2010-06-30"));
        Assert.Equal("Compaq", MakerOn("2000-06-30"));
    }

    [Fact]
    public void Rejected_records_are_reported_with_file_line_and_reason_and_the_rest_identified()
    {
        var result = Identify("id\tmac\nok\t30:FB:B8:01:02:03\nbad\tnot-a-mac\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Lines.Length);
        Assert.Matches(@"rejected .*inv\.tsv:3: mac 'not-a-mac' is not a MAC address", result.Error);
        Assert.Contains("records: 2 read, 1 accepted, 1 rejected", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void User_fingerprints_in_recog_format_are_used_after_the_shipped_ones()
    {
        var userFile = TestDataDirectory.Scratch("acme.xml", """
            <?xml version="1.0"?>
            <fingerprints matches="ssh.banner" protocol="ssh" database_type="service" preference="0.8">
              <fingerprint pattern="^SSH-2\.0-AcmeSSH_([\d.]+)$">
                <description>Acme router SSH</description>
                <example>SSH-2.0-AcmeSSH_1.2</example>
                <param pos="0" name="hw.vendor" value="Acme"/>
                <param pos="1" name="os.version"/>
              </fingerprint>
            </fingerprints>
            """);
        var result = Identify("id\tssh_banner\na\tSSH-2.0-AcmeSSH_1.2\n", "inv.tsv", "--fingerprints", Path.GetDirectoryName(userFile)!);

        Assert.Equal(0, result.ExitCode);
        var row = result.Lines[1].Split('\t');
        Assert.Equal("Acme", row[1]);
        Assert.Equal("Acme Networks Inc.", row[7]);
        Assert.Contains("acme.xml", row[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Out_writes_the_file_and_a_summary()
    {
        var outPath = Path.Combine(Path.GetDirectoryName(TestDataDirectory.Scratch("x", ""))!, "ids.tsv");
        var result = Identify(Inventory, "inv.tsv", "--out", outPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(5, File.ReadAllLines(outPath).Length);
        Assert.Contains("4 items, 3 with a maker, 1 unknown", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--fingerprints", "/nonexistent/dir")]
    [InlineData("--bogus", "x")]
    public void Usage_errors_exit_2_with_the_usage(string option, string value)
    {
        var result = Identify(Inventory, "inv.tsv", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage: netorigin identify", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_file_exits_2()
    {
        var result = CliRunner.Run("identify", "/nonexistent/inventory.tsv", "--data", TestDataDirectory.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }
}
