using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Samples;

namespace NetOrigin.Tests.Engine;

/// <summary>
/// A long-lived host shares one identifier and one evaluator per pack between threads and dates. Every answer must
/// equal the one a fresh evaluator gives on one thread for that date alone.
/// </summary>
public class ConcurrentEvaluationTests
{
    private static readonly string[] Packs = ["us-fcc-covered-list", "uk-huawei-designated-vendor", "de-5g-2024"];
    private static readonly DateOnly[] Dates = [new(2019, 6, 1), new(2023, 6, 1), new(2026, 6, 30), new(2030, 1, 1)];

    [Fact]
    public void Eight_threads_over_many_assets_and_dates_answer_as_fresh_single_threaded_evaluation()
    {
        var data = TestData.Reference;
        var assets = SampleAssets(400);

        var expected = new Dictionary<(int, int, int), string>();
        for (var d = 0; d < Dates.Length; d++)
        {
            var identifier = data.CreateIdentifier();
            var evaluators = Packs.Select(p => new PolicyEvaluator(data.Pack(p), data.Ownership)).ToArray();
            for (var a = 0; a < assets.Count; a++)
            {
                var attribution = identifier.Identify(assets[a], Dates[d]);
                for (var p = 0; p < evaluators.Length; p++)
                {
                    expected[(a, d, p)] = Describe(evaluators[p].Evaluate(assets[a], attribution, Dates[d]));
                }
            }
        }

        var sharedIdentifier = data.CreateIdentifier();
        var shared = Packs.Select(p => new PolicyEvaluator(data.Pack(p), data.Ownership)).ToArray();
        var work = Enumerable.Range(0, assets.Count * Dates.Length).Select(i => (Asset: i / Dates.Length, Date: (i * 7) % Dates.Length)).ToArray();
        var actual = new System.Collections.Concurrent.ConcurrentDictionary<(int, int, int), string>();
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = 8 }, item =>
        {
            var asset = assets[item.Asset];
            var date = Dates[item.Date];
            var attribution = sharedIdentifier.Identify(asset, date);
            for (var p = 0; p < shared.Length; p++)
            {
                actual[(item.Asset, item.Date, p)] = Describe(shared[p].Evaluate(asset, attribution, date));
            }
        });

        Assert.Equal(expected.Count, actual.Count);
        var differing = expected.Where(e => actual[e.Key] != e.Value).Take(3).Select(e => $"{e.Key}: expected {e.Value}\n got {actual[e.Key]}").ToList();
        Assert.True(differing.Count == 0, string.Join("\n", differing));
    }

    [Fact]
    public void Packs_are_loaded_once_when_many_threads_ask_for_them_at_once()
    {
        var data = ReferenceData.ReferenceDataSet.Load(TestData.Directory);
        var packs = new System.Collections.Concurrent.ConcurrentBag<PolicyPack>();
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => packs.Add(data.Pack(Packs[i % Packs.Length])));
        Assert.Equal(Packs.Length, packs.Distinct().Count());
    }

    /// <summary>
    /// A finding as text, without notes that a fingerprint ran past its time limit: how long a regular expression
    /// takes depends on the machine's load (and its first run on compiling it), not on the question asked.
    /// </summary>
    private static string Describe(Finding finding) =>
        $"{finding.Status} {finding.Deadline} {finding.DesignationId} {finding.MissingField} {finding.Attribution.Manufacturer?.Id} | {string.Join(" | ", finding.Evidence.Where(e => !e.Text.Contains("ran past its", StringComparison.Ordinal)).Select(e => e.Text))}";

    private static List<Asset> SampleAssets(int count)
    {
        var csv = new StringWriter();
        new SampleNetworkGenerator(7).Write(count, csv, null);
        using var reader = InventorySource.Open(new StringReader(csv.ToString()), "sample.csv");
        return reader.Read().Where(r => r.Asset is not null).Select(r => r.Asset!).ToList();
    }
}
