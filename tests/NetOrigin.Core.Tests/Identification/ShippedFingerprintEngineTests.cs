using NetOrigin.Identification.Fingerprints;

namespace NetOrigin.Tests.Identification;

/// <summary>
/// Every shipped fingerprint runs on the backtracking engine first and, should a match run past its time limit
/// (a busy machine), on the linear engine, which must give the same answer. Only patterns that need a lookaround
/// (recog's "(?!-?3Com)" after Huawei, say) have no linear twin.
/// </summary>
public class ShippedFingerprintEngineTests
{
    private static readonly string[] BacktrackingConstructs = ["(?=", "(?!", "(?<=", "(?<!", "(?>", "(?(", "\\k<", "\\1", "\\2", "\\3"];

    [Fact]
    public void Every_shipped_fingerprint_without_a_lookaround_has_a_linear_twin_that_matches_its_examples_alike()
    {
        var catalog = FingerprintCatalog.Load([(Path.Combine(TestData.Directory, "fingerprints"), "data/fingerprints")]);
        var all = catalog.Databases.SelectMany(d => d.Fingerprints).ToList();
        var needy = all.Where(f => BacktrackingConstructs.Any(c => f.Pattern.Contains(c, StringComparison.Ordinal))).ToList();

        Assert.All(needy, f => Assert.Null(f.LinearExpression));
        Assert.True(needy.Count < all.Count / 10, $"{needy.Count} of {all.Count} shipped fingerprints need backtracking");
        foreach (var fingerprint in all.Except(needy))
        {
            var linear = fingerprint.LinearExpression;
            Assert.True(linear is not null, $"{fingerprint.Where} '{fingerprint.Description}' has no linear twin");
            // The backtracking answer without a time limit: under load even a shipped pattern's first, compiling run
            // can pass the limit, which is what the linear twin is for.
            var backtracking = new System.Text.RegularExpressions.Regex(fingerprint.Pattern, fingerprint.Options);
            foreach (var example in fingerprint.Examples)
            {
                var expected = backtracking.Match(example.Text);
                var actual = linear.Match(example.Text);
                Assert.Equal(Groups(expected), Groups(actual));
            }
        }
    }

    private static string[] Groups(System.Text.RegularExpressions.Match match) =>
        [.. match.Groups.Cast<System.Text.RegularExpressions.Group>().Select(g => g.Success ? $"{g.Index}:{g.Value}" : "-")];
}
