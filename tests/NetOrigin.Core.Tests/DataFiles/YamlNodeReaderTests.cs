using System.Text;
using NetOrigin.ReferenceData;

namespace NetOrigin.Tests.DataFiles;

public class YamlNodeReaderTests
{
    private static ReferenceDataException Refused(string yaml) =>
        Assert.Throws<ReferenceDataException>(() => YamlNodeReader.Load(new StringReader(yaml), "data.yaml"));

    [Theory]
    [InlineData(": [--\ns", 2)]
    [InlineData("- :", 1)]
    [InlineData("a: 1\na: 2\n", 2)]
    [InlineData("a: [1, 2\nb: 3\n", 2)]
    [InlineData("a: *missing\n", 1)]
    [InlineData("a:\n  - &x [1, *x]\n", 2)]
    [InlineData("a: &x\n  b: *x\n", 2)]
    public void Malformed_yaml_is_an_error_naming_file_and_line(string yaml, int line)
    {
        var error = Refused(yaml);
        Assert.True(error.Message.StartsWith($"data.yaml:{line}: not valid YAML", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void Nesting_deeper_than_the_bound_is_refused_before_the_document_is_built()
    {
        var error = Refused("a: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        Assert.Equal("data.yaml:1: nested more than 64 levels deep; not a data file", error.Message);
    }

    [Fact]
    public void Aliases_that_expand_a_small_file_into_a_huge_one_are_refused_at_the_alias()
    {
        var yaml = new StringBuilder("organisations:\n  - id: a\n    name: &big ").Append('x', 200_000).Append('\n');
        for (var i = 0; i < 20_000; i++)
        {
            yaml.Append("  - id: b").Append(i).Append("\n    name: *big\n");
        }

        var error = Refused(yaml.ToString());

        // The sixth alias (line 15) pushes the expansion past 1 MiB: its line is named.
        Assert.Equal("data.yaml:15: aliases (*big) expand the file by more than 1 MiB; write the values out instead of repeating anchors", error.Message);
    }

    [Fact]
    public void Billion_laughs_is_refused()
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append($"a{i}: &a{i} [").AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", 10)).Append("]\n");
        }

        Assert.Contains("aliases (*a", Refused(yaml.ToString()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_small_aliases_are_read_as_their_anchors()
    {
        var root = YamlNodeReader.Load(new StringReader("sources: &s [a, b]\nalso: *s\n"), "data.yaml");
        Assert.Equal(["a", "b"], root.StringList("also"));
    }
}
