using System.Text;
using NetOrigin.Inventory;

namespace NetOrigin.Tests.Inventory;

/// <summary>Text that is not quite text (half surrogate pairs, broken UTF-8) is a rejection or a replacement, never a crash.</summary>
public class MalformedTextTests
{
    private static List<InventoryRecord> Read(string content, string name = "inv.jsonl")
    {
        using var reader = InventorySource.Open(new StringReader(content), name);
        return reader.Read().ToList();
    }

    [Theory]
    [InlineData("""{"id":"a\ud800"}""")]
    [InlineData("""{"id":"a","model":"\udc00x"}""")]
    [InlineData("""{"id":"a","\ud800":"x"}""")]
    [InlineData("""{"id":"a","mac":["30:FB:B8:01:02:03","\ud83d"]}""")]
    public void A_lone_surrogate_escape_in_json_lines_rejects_the_record_with_its_line(string line)
    {
        var records = Read("{\"id\":\"first\"}\n" + line + "\n{\"id\":\"last\"}\n");
        Assert.Equal(3, records.Count);
        Assert.Equal("first", records[0].Asset!.Id);
        var rejection = records[1].Rejection!;
        Assert.Equal(2, rejection.Source.Line);
        Assert.Contains("half of a UTF-16 surrogate pair", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal("last", records[2].Asset!.Id);
    }

    [Fact]
    public void A_whole_surrogate_pair_escape_is_a_character()
    {
        var asset = Assert.Single(Read("""{"id":"a\ud83d\ude00"}""" + "\n")).Asset!;
        Assert.Equal("a\U0001F600", asset.Id);
    }

    [Fact]
    public void Invalid_utf8_bytes_become_replacement_characters_and_the_row_is_still_read()
    {
        var bytes = Encoding.UTF8.GetBytes("id,name\nr1,ab\n").Concat(new byte[] { 0x72, 0x32, 0x2C, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0x0A }).ToArray();
        using var reader = InventorySource.Open(new MemoryStream(bytes), "inv.csv");
        var records = reader.Read().ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal("r2", records[1].Asset!.Id);
        Assert.All(records[1].Asset!.Name!, c => Assert.Equal('\uFFFD', c));
    }
}
