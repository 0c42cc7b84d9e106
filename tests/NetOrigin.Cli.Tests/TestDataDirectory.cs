namespace NetOrigin.Cli.Tests;

/// <summary>
/// A reference data directory for CLI tests: the repository's fingerprints, with a small organisation graph and
/// registries of its own, so the tests do not depend on the shipped organisation data other developers extend.
/// </summary>
public static class TestDataDirectory
{
    private static readonly Lazy<string> Directory = new(Create);

    public static string Path => Directory.Value;

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "NetOrigin.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Scratch(string name, string content) => NetOriginProcess.TempFile(name, content);

    private static string Create()
    {
        var root = System.IO.Path.Combine(Testing.Scratch.Directory(), "data");
        foreach (var sub in new[] { "sources", "organisations", "registries", "fingerprints", "policies" })
        {
            System.IO.Directory.CreateDirectory(System.IO.Path.Combine(root, sub));
        }

        File.WriteAllText(System.IO.Path.Combine(root, "sources", "test.yaml"), "sources:\n  - id: test-source\n    title: Test fixture\n");
        File.WriteAllText(System.IO.Path.Combine(root, "organisations", "test.yaml"), """
            organisations:
              - id: huawei-technologies
                name: Huawei Technologies Co., Ltd.
                common_name: Huawei
                kind: manufacturer
                aliases: ["HUAWEI TECHNOLOGIES CO.,LTD"]
                sources: [test-source]
              - id: hikvision
                name: Hangzhou Hikvision Digital Technology Co., Ltd.
                common_name: Hikvision
                kind: manufacturer
                sources: [test-source]
              - id: acme
                name: Acme Networks Inc.
                common_name: Acme
                kind: manufacturer
                sources: [test-source]
            """);
        File.WriteAllText(System.IO.Path.Combine(root, "policies", "test-pack.yaml"), """
            id: test-pack
            title: Test pack
            jurisdiction: US
            version: 2026-01-01
            sources: [test-source]
            designations:
              - id: huawei
                organisation: huawei-technologies
                effective: 2020-01-01
                sources: [test-source]
            """);
        static string Snapshot(string title, params string[] rows) =>
            $"# {title}\n# source: test\n# snapshot-date: 2026-01-01\n# entries: {rows.Length}\nprefix\torganisation\n" + string.Concat(rows.Select(r => r + "\n"));
        File.WriteAllText(System.IO.Path.Combine(root, "registries", "ieee-ma-l.tsv"), Snapshot("IEEE MA-L registry", "30FBB8\tHUAWEI TECHNOLOGIES CO.,LTD"));
        File.WriteAllText(System.IO.Path.Combine(root, "registries", "ieee-ma-m.tsv"), Snapshot("IEEE MA-M registry"));
        File.WriteAllText(System.IO.Path.Combine(root, "registries", "ieee-ma-s.tsv"), Snapshot("IEEE MA-S registry"));
        File.WriteAllText(System.IO.Path.Combine(root, "registries", "ieee-iab.tsv"), Snapshot("IEEE IAB registry"));
        File.WriteAllText(System.IO.Path.Combine(root, "registries", "iana-enterprise-numbers.tsv"), "# IANA Private Enterprise Numbers\n# snapshot-date: 2026-01-01\nnumber\torganisation\n2011\tHUAWEI Technology Co.,Ltd\n");
        foreach (var file in System.IO.Directory.EnumerateFiles(System.IO.Path.Combine(RepositoryRoot, "data", "fingerprints"), "*.xml"))
        {
            File.Copy(file, System.IO.Path.Combine(root, "fingerprints", System.IO.Path.GetFileName(file)));
        }

        return root;
    }
}
