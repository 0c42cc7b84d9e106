using NetOrigin.Inventory;

namespace NetOrigin.Tests.Inventory;

/// <summary>Two columns (or JSON keys) that give one field: the first with a value wins, and nothing is dropped silently.</summary>
public class DuplicateColumnTests
{
    private static (List<InventoryRecord> Records, IReadOnlyList<string> Warnings) Read(string content, string name)
    {
        using var reader = InventorySource.Open(new StringReader(content), name);
        var records = reader.Read().ToList();
        return (records, reader.Warnings);
    }

    [Fact]
    public void A_header_with_two_columns_for_one_field_warns_naming_both()
    {
        var (_, warnings) = Read("id,mac,ID,MAC Address\nr1,30:FB:B8:01:02:03,r1,30:FB:B8:01:02:03\n", "inv.csv");
        Assert.Equal(
            [
                "columns 'id' and 'ID' both give the field id: the first with a value is used, and a record where the other differs says so in its evidence",
                "columns 'mac' and 'MAC Address' both give the field mac: the first with a value is used, and a record where the other differs says so in its evidence",
            ],
            warnings);
    }

    [Fact]
    public void A_row_whose_duplicate_columns_disagree_keeps_the_first_value_and_notes_the_other()
    {
        var (records, _) = Read("id,mac,MAC Address\nr1,30:FB:B8:01:02:03,00:0B:E1:00:00:01\nr2,30:FB:B8:01:02:03,30:fb:b8:01:02:03\nr3,,00:0B:E1:00:00:01\n", "inv.csv");
        var conflicting = records[0].Asset!;
        Assert.Equal("30:FB:B8:01:02:03", Assert.Single(conflicting.Macs).ToString());
        Assert.Equal(["columns 'mac' and 'MAC Address' disagree: '30:FB:B8:01:02:03' from 'mac' is used, '00:0B:E1:00:00:01' from 'MAC Address' is not"], conflicting.InputNotes);
        Assert.Empty(records[1].Asset!.InputNotes);
        Assert.Equal("00:0B:E1:00:00:01", Assert.Single(records[2].Asset!.Macs).ToString());
        Assert.Empty(records[2].Asset!.InputNotes);
    }

    [Fact]
    public void Json_keys_for_one_field_are_treated_as_columns_are()
    {
        var (records, warnings) = Read("{\"id\":\"r1\",\"vendor\":\"Huawei\",\"manufacturer\":\"ZTE\"}\n{\"id\":\"r2\",\"vendor\":\"Huawei\",\"manufacturer\":\"Huawei\"}\n", "inv.jsonl");
        Assert.Equal("Huawei", records[0].Asset!.Manufacturer);
        Assert.Equal(["keys 'vendor' and 'manufacturer' disagree: 'Huawei' from 'vendor' is used, 'ZTE' from 'manufacturer' is not"], records[0].Asset!.InputNotes);
        Assert.Empty(records[1].Asset!.InputNotes);
        Assert.Equal("keys 'vendor' and 'manufacturer' both give the field manufacturer: the first with a value is used, and a record where the other differs says so in its evidence", Assert.Single(warnings));
    }

    [Fact]
    public void The_conflict_is_the_first_step_of_the_finding_evidence_with_its_file_and_line()
    {
        var (records, _) = Read("id,vendor,make\nr1,Acme,Other\n", "inv.csv");
        var finding = MiniData.Assess(records[0].Asset!, "test-pack", MiniData.D("2025-01-01"));
        var step = finding.Evidence[0];
        Assert.Equal("input", step.Step);
        Assert.Equal("inv.csv:2", step.Source);
        Assert.Contains("'Acme' from 'vendor' is used, 'Other' from 'make' is not", step.Text, StringComparison.Ordinal);
    }
}
