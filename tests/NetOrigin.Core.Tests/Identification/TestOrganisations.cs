using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Identification.Registries;
using NetOrigin.ReferenceData;

namespace NetOrigin.Tests.Identification;

/// <summary>
/// A small organisation graph and registries written for tests, so identification tests do not depend on the
/// shipped organisation data (which other developers extend).
/// </summary>
public static class TestOrganisations
{
    private const string Sources = """
        sources:
          - id: test-source
            title: Test fixture
        """;

    private const string Organisations = """
        organisations:
          - id: huawei-technologies
            name: Huawei Technologies Co., Ltd.
            common_name: Huawei
            kind: manufacturer
            country: CN
            aliases: ["HUAWEI TECHNOLOGIES CO.,LTD", "HUAWEI Technology Co.,Ltd"]
            sources: [test-source]
          - id: h3c
            name: New H3C Technologies Co., Ltd.
            common_name: H3C
            kind: manufacturer
            country: CN
            sources: [test-source]
          - id: zte
            name: ZTE Corporation
            common_name: ZTE
            kind: manufacturer
            country: CN
            sources: [test-source]
          - id: hikvision
            name: Hangzhou Hikvision Digital Technology Co., Ltd.
            common_name: Hikvision
            kind: manufacturer
            country: CN
            sources: [test-source]
          - id: dahua
            name: Zhejiang Dahua Technology Co., Ltd.
            common_name: Dahua
            kind: manufacturer
            country: CN
            sources: [test-source]
          - id: cisco
            name: Cisco Systems, Inc.
            common_name: Cisco
            kind: manufacturer
            country: US
            aliases: [ciscoSystems]
            sources: [test-source]
          - id: debian
            name: Debian Project
            common_name: Debian
            kind: other
            inside_devices: [operating-system]
            sources: [test-source]
          - id: net-snmp
            name: Net-SNMP project
            common_name: Net-SNMP
            kind: other
            inside_devices: [agent-software]
            sources: [test-source]
        brands:
          - name: HiLook
            owner: hikvision
            sources: [test-source]
        """;

    private static readonly Lazy<OrganisationGraph> LazyGraph = new(() =>
    {
        var dir = Scratch.Directory();
        Directory.CreateDirectory(Path.Combine(dir, "sources"));
        Directory.CreateDirectory(Path.Combine(dir, "organisations"));
        File.WriteAllText(Path.Combine(dir, "sources", "test.yaml"), Sources);
        File.WriteAllText(Path.Combine(dir, "organisations", "test.yaml"), Organisations);
        return OrganisationGraphLoader.Load(Path.Combine(dir, "organisations"), SourceCatalog.LoadDirectory(Path.Combine(dir, "sources")));
    });

    public static OrganisationGraph Graph => LazyGraph.Value;

    public static OrganisationResolver Resolver { get; } = new(LazyGraph.Value);

    /// <summary>Writes minimal IEEE and IANA registry snapshots to a scratch directory and returns it.</summary>
    public static string WriteRegistries()
    {
        var dir = Scratch.Directory();
        static string Snapshot(string title, string header, params string[] rows) =>
            $"# {title}\n# source: test\n# snapshot-date: 2026-01-01\n# entries: {rows.Length}\n{header}\n" + string.Concat(rows.Select(r => r + "\n"));
        File.WriteAllText(Path.Combine(dir, "iana-enterprise-numbers.tsv"), Snapshot("IANA Private Enterprise Numbers", "number\torganisation", "9\tciscoSystems", "2011\tHUAWEI Technology Co.,Ltd", "8072\tnet-snmp"));
        File.WriteAllText(Path.Combine(dir, "ieee-ma-l.tsv"), Snapshot("IEEE MA-L registry", "prefix\torganisation", "30FBB8\tHUAWEI TECHNOLOGIES CO.,LTD", "00000C\tCisco Systems, Inc"));
        File.WriteAllText(Path.Combine(dir, "ieee-ma-m.tsv"), Snapshot("IEEE MA-M registry", "prefix\torganisation"));
        File.WriteAllText(Path.Combine(dir, "ieee-ma-s.tsv"), Snapshot("IEEE MA-S registry", "prefix\torganisation"));
        File.WriteAllText(Path.Combine(dir, "ieee-iab.tsv"), Snapshot("IEEE IAB registry", "prefix\torganisation"));
        return dir;
    }

    public static (EnterpriseRegistry Enterprises, MacRegistry Macs) Registries()
    {
        var dir = WriteRegistries();
        return (EnterpriseRegistry.Load(dir), MacRegistry.Load(dir));
    }
}
