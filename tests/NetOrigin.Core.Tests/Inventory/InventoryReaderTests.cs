using NetOrigin.Inventory;

namespace NetOrigin.Tests.Inventory;

public class InventoryReaderTests
{
    private static List<InventoryRecord> Read(string content, InventoryFormat? format = null, string name = "inv.csv")
    {
        using var reader = InventorySource.Open(new StringReader(content), name, format);
        return reader.Read().ToList();
    }

    [Fact]
    public void Csv_headers_match_common_spellings_case_insensitively()
    {
        var records = Read("Asset ID,Vendor,MAC Address,Owner Org,Service Type\nr1,Huawei,30:FB:B8:01:02:03,Acme,transit\n");
        var asset = Assert.Single(records).Asset!;
        Assert.Equal("r1", asset.Id);
        Assert.Equal("Huawei", asset.Manufacturer);
        Assert.Equal("30:FB:B8:01:02:03", Assert.Single(asset.Macs).ToString());
        Assert.Equal("Acme", asset.OwnerOrg);
        Assert.Equal(ServiceType.Transit, asset.ServiceType);
    }

    [Theory]
    [InlineData("Make")]
    [InlineData("manufacturer")]
    [InlineData("MANUFACTURER")]
    [InlineData("vendor_name")]
    public void Manufacturer_column_accepts_its_synonyms(string header)
    {
        var asset = Assert.Single(Read($"id,{header}\nx,ZTE\n")).Asset!;
        Assert.Equal("ZTE", asset.Manufacturer);
    }

    [Fact]
    public void Quoted_fields_hold_delimiters_quotes_and_line_breaks_and_keep_their_start_line()
    {
        var records = Read("id,name,sysDescr\na,\"core, one\",\"Huawei \"\"VRP\"\"\nline two\"\nb,plain,x\n");
        Assert.Equal(2, records.Count);
        Assert.Equal("core, one", records[0].Asset!.Name);
        Assert.Equal("Huawei \"VRP\"\nline two", records[0].Asset!.IdentifierValue(IdentifierKind.SysDescr));
        Assert.Equal(2, records[0].Asset!.Source.Line);
        Assert.Equal(4, records[1].Asset!.Source.Line);
    }

    [Fact]
    public void Tsv_is_detected_from_the_header_and_read()
    {
        var asset = Assert.Single(Read("id\tmanufacturer\tmac\nx\tNokia\t00:0B:E1:00:00:01;00:0B:E1:00:00:02\n", name: "inv.txt")).Asset!;
        Assert.Equal("Nokia", asset.Manufacturer);
        Assert.Equal(2, asset.Macs.Count);
    }

    [Fact]
    public void Bad_rows_are_rejected_with_line_and_reason_and_good_rows_still_read()
    {
        var records = Read(
            "id,mac,acquired,role\n" +
            "ok1,30:FB:B8:01:02:03,2019-05-01,core\n" +
            "bad-mac,30:FB:B8:ZZ:10,,\n" +
            ",30:FB:B8:01:02:04,,\n" +
            "bad-date,,31/02/2019,\n" +
            "bad-role,,,kitchen\n" +
            "too,many,fields,here,x\n" +
            "ok2,,,\n");
        Assert.Equal(7, records.Count);
        Assert.Equal(["ok1", "ok2"], records.Where(r => r.Asset is not null).Select(r => r.Asset!.Id));
        var rejections = records.Where(r => r.Rejection is not null).Select(r => r.Rejection!).ToList();
        Assert.Equal([3L, 4, 5, 6, 7], rejections.Select(r => r.Source.Line));
        Assert.Contains("mac '30:FB:B8:ZZ:10' is not a MAC address", rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("id field is empty", rejections[1].Reason, StringComparison.Ordinal);
        Assert.Contains("acquired '31/02/2019' is not a date", rejections[2].Reason, StringComparison.Ordinal);
        Assert.Contains("role 'kitchen'", rejections[3].Reason, StringComparison.Ordinal);
        Assert.Contains("5 fields; the header has 4", rejections[4].Reason, StringComparison.Ordinal);
        Assert.All(rejections, r => Assert.Equal("inv.csv", r.Source.File));
    }

    [Fact]
    public void An_unclosed_quote_rejects_the_record_at_its_start_line()
    {
        var records = Read("id,name\na,\"never closed\nb,x\n");
        var rejection = Assert.Single(records).Rejection!;
        Assert.Equal(2, rejection.Source.Line);
        Assert.Contains("not closed", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_an_id_column_is_an_input_error_naming_the_columns()
    {
        var ex = Assert.Throws<InventoryFormatException>(() => Read("name,vendor\nx,Huawei\n"));
        Assert.Contains("inv.csv:1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no 'id' column", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_an_input_error() =>
        Assert.Throws<InventoryFormatException>(() => Read(""));

    [Fact]
    public void A_line_longer_than_the_bound_is_an_input_error_not_an_out_of_memory()
    {
        var huge = "id,name\nx," + new string('a', BoundedLineReaderLimit + 10) + "\n";
        var ex = Assert.Throws<InventoryFormatException>(() => Read(huge));
        Assert.Contains("longer than", ex.Message, StringComparison.Ordinal);
    }

    private const int BoundedLineReaderLimit = 1 << 20;

    [Fact]
    public void Json_lines_use_the_same_field_names_and_accept_mac_arrays()
    {
        var records = Read(
            "{\"id\": \"j1\", \"Vendor\": \"Hikvision\", \"mac\": [\"00:BC:99:00:00:01\", \"00:BC:99:00:00:02\"], \"use\": \"Government Facility\", \"asn\": 14593}\n" +
            "\n" +
            "{\"id\": \"j2\", \"manufacturer\": null}\n" +
            "{not json}\n" +
            "[1,2]\n",
            name: "inv.jsonl");
        Assert.Equal(4, records.Count);
        var first = records[0].Asset!;
        Assert.Equal("Hikvision", first.Manufacturer);
        Assert.Equal(2, first.Macs.Count);
        Assert.Equal("government-facility", first.Use);
        Assert.Equal(14593, first.Asn);
        Assert.Equal("j2", records[1].Asset!.Id);
        Assert.Equal(4, records[2].Rejection!.Source.Line);
        Assert.Contains("not valid JSON", records[2].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Contains("one JSON object", records[3].Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Sys_object_ids_are_normalised_from_symbolic_forms()
    {
        var asset = Assert.Single(Read("id,sysObjectID\nx,SNMPv2-SMI::enterprises.2011.2.224\n")).Asset!;
        Assert.Equal("1.3.6.1.4.1.2011.2.224", asset.IdentifierValue(IdentifierKind.SysObjectId));
        Assert.Equal(2011, ObjectIdentifier.EnterpriseNumber("1.3.6.1.4.1.2011.2.224"));
    }

    [Fact]
    public void Placeholder_values_mean_absent()
    {
        var asset = Assert.Single(Read("id,vendor,model\nx,N/A,-\n")).Asset!;
        Assert.Null(asset.Manufacturer);
        Assert.Null(asset.Model);
    }
}
