using System.Collections;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Server.Tests;

/// <summary>
/// An imported asset, stored and read back, is the asset the file makes: every value the engine reads (identifiers
/// with where they were read, notes on how the record was read, per-field origins, the record's location), so a
/// stored import assessed later is identified and judged exactly as <c>assess</c> judges the file.
/// </summary>
public sealed class StoredAssetTests(ServersFixture servers) : IClassFixture<ServersFixture>
{
    /// <summary>
    /// What connectors deliver beyond a CSV row: several banners, several CPE names in one field, an OID, two keys
    /// that disagree (a note on the record), the object it came from and where each value was read.
    /// </summary>
    private const string ConnectorLines =
        """
        {"id":"nb-7","name":"edge-7","role":"core","manufacturer":"Huawei","vendor":"Cisco","model":"NE40E-X8","ssh_banner":["SSH-2.0-HUAWEI-1.5","SSH-2.0-OpenSSH_7.4"],"cpe":"cpe:/h:huawei:ne40e cpe:2.3:o:huawei:vrp:8.0:*:*:*:*:*:*:*","sys_object_id":"1.3.6.1.4.1.2011.2.224.279","mac":["00:e0:fc:00:00:07","00:e0:fc:00:00:08"],"_source":"https://netbox.example/api/dcim/devices/7/","_origins":{"manufacturer":"device_type.manufacturer","sys_object_id":"1.3.6.1.2.1.1.2.0"}}
        {"id":"nb-8","sys_descr":"Huawei Versatile Routing Platform Software","http_server":"HUAWEI","technology":"5g;4g","routes_user_data":"yes","origin_country":"cn","_source":"https://netbox.example/api/dcim/devices/8/"}

        """;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_stored_import_reads_back_every_value_of_every_asset_the_file_makes(string engine)
    {
        var host = await servers.For(engine);
        foreach (var (content, name) in new[] { (Api.Sample, "regional-carrier.csv"), (ConnectorLines, "netbox.jsonl") })
        {
            var stored = await StoredAssets(host, content, name);
            var read = FileAssets(content, name);
            if (name.EndsWith(".jsonl", StringComparison.Ordinal))
            {
                // The connector record carries what a field value alone cannot say.
                Assert.NotEmpty(read[0].InputNotes);
                Assert.NotEmpty(read[0].Origins);
                Assert.NotNull(read[0].Source.Locator);
                Assert.Equal(2, read[0].Identifiers.Count(i => i.Kind == IdentifierKind.SshBanner));
                Assert.Contains(read[0].Identifiers, i => i.Origin is not null);
            }

            Assert.Equal(read.Count, stored.Count);
            for (var i = 0; i < read.Count; i++)
            {
                Assert.Equal(Describe(read[i]), Describe(stored[i]));
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_stored_import_is_identified_and_assessed_asset_by_asset_as_assess_does_the_file(string engine)
    {
        var host = await servers.For(engine);
        var data = ReferenceDataSet.Load(ServerHost.RepositoryData);
        var pack = data.Pack("us-fcc-covered-list");
        var context = new AssessmentContext("regional-carrier.csv", [pack], new DateOnly(2026, 6, 30));
        var fromFile = Verdicts(data, pack, context, FileReader(Api.Sample, "regional-carrier.csv"));
        var import = await Import(host, Api.Sample, "regional-carrier.csv");
        var fromStore = Verdicts(data, pack, context, new StoredInventoryReader(host.Services.GetRequiredService<Database>(), import));

        Assert.Equal(fromFile.Count, fromStore.Count);
        Assert.Equal(fromFile.Count(v => v.Maker is not null), fromStore.Count(v => v.Maker is not null));
        for (var i = 0; i < fromFile.Count; i++)
        {
            // A fingerprint that ran past its time limit on a loaded machine changes that one asset's evidence.
            if (!fromFile[i].TimedOut && !fromStore[i].TimedOut)
            {
                Assert.Equal(fromFile[i], fromStore[i]);
            }
        }
    }

    private sealed record Verdict(string Asset, FindingStatus Status, string? Maker, string Evidence)
    {
        public bool TimedOut => Evidence.Contains("ran past its", StringComparison.Ordinal);
    }

    private static List<Verdict> Verdicts(ReferenceDataSet data, PolicyPack pack, AssessmentContext context, IInventoryReader reader)
    {
        var run = new AssessmentRun(data.CreateIdentifier(), [new PolicyEvaluator(pack, data.Ownership, data.Resolver)]);
        var sink = new Collecting();
        using (reader)
        {
            run.Run(reader, context, sink);
        }

        return sink.Verdicts;
    }

    private sealed class Collecting : IFindingSink
    {
        public List<Verdict> Verdicts { get; } = [];

        public void Begin(AssessmentContext context)
        {
        }

        public void Write(Finding finding) => Verdicts.Add(new Verdict(
            finding.Asset.Id,
            finding.Status,
            finding.Attribution.Manufacturer?.Id,
            string.Join("\n", finding.Evidence.Select(e => $"{e.Kind} {e.Text} [{e.Source}] {string.Join(",", (e.Sources ?? []).Select(s => s.Id))} {e.Facts}"))));

        public void Reject(Rejection rejection)
        {
        }

        public void End(AssessmentSummary summary)
        {
        }
    }

    private static async Task<ImportRecord> Import(ServerHost host, string content, string name)
    {
        using var analyst = host.Client("a", Role.Analyst);
        var accepted = await analyst.Upload(content, name);
        var job = await analyst.WaitForJob(accepted.GetProperty("job_id").GetInt64());
        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        var importId = accepted.GetProperty("import").GetProperty("id").GetInt64();
        long tenant;
        await using (var session = await host.Services.GetRequiredService<Database>().ReadAsync(CancellationToken.None))
        {
            // Ids come from one counter for all tenants.
            tenant = await session.ScalarAsync<long>("SELECT tenant_id FROM imports WHERE import_id = @id", ("id", importId));
        }

        return (await host.Services.GetRequiredService<Imports>().GetAsync(tenant, importId))!;
    }

    private static async Task<List<Asset>> StoredAssets(ServerHost host, string content, string name)
    {
        using var reader = new StoredInventoryReader(host.Services.GetRequiredService<Database>(), await Import(host, content, name));
        return reader.Read().Select(r => r.Asset).OfType<Asset>().ToList();
    }

    private static IInventoryReader FileReader(string content, string name) =>
        InventorySource.Open(new StringReader(content), name, name.EndsWith(".jsonl", StringComparison.Ordinal) ? InventoryFormat.JsonLines : InventoryFormat.Csv);

    private static List<Asset> FileAssets(string content, string name)
    {
        using var reader = FileReader(content, name);
        return reader.Read().Select(r => r.Asset).OfType<Asset>().ToList();
    }

    /// <summary>Every public value of the asset, by name: a property added to <see cref="Asset"/> is compared too.</summary>
    private static string Describe(Asset asset) => string.Join(
        "\n",
        typeof(Asset).GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}={Text(p.GetValue(asset))}"));

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => s,
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Text)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
