using NetOrigin.Identification.Fingerprints;

namespace NetOrigin.Tests.Identification;

/// <summary>
/// The shipped fingerprint database proves itself, as recog_verify does: every example matches its own fingerprint
/// and yields the parameters it declares, and no earlier fingerprint in the same file takes it first.
/// </summary>
public class ShippedFingerprintTests
{
    private static readonly HashSet<string> Vocabulary =
    [
        "hw.vendor", "hw.product", "hw.device", "hw.serial", "os.vendor", "os.product", "os.version",
        "service.vendor", "service.product", "service.version",
    ];

    private static readonly Lazy<FingerprintCatalog> Catalog = new(() =>
        FingerprintCatalog.Load([(Path.Combine(TestData.Directory, "fingerprints"), "data/fingerprints")]));

    private static IEnumerable<Fingerprint> All => Catalog.Value.Databases.SelectMany(d => d.Fingerprints);

    [Fact]
    public void Every_file_loads_without_notes_and_carries_a_version()
    {
        Assert.Empty(Catalog.Value.Notes);
        var files = Directory.EnumerateFiles(Path.Combine(TestData.Directory, "fingerprints"), "*.xml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Catalog.Value.Databases.Select(d => Path.GetFileName(d.Path)!).Order(StringComparer.Ordinal).ToList());
        Assert.All(Catalog.Value.Databases, d => Assert.False(string.IsNullOrEmpty(d.Version), $"{d.DisplayPath} has no version"));
        Assert.All(Catalog.Value.Databases, d => Assert.NotEmpty(d.Fingerprints));
    }

    [Fact]
    public void One_file_per_identifier_kind_the_brief_names()
    {
        string[] expected =
        [
            "dhcp_vendor_class.xml", "ftp_banners.xml", "html_titles.xml", "http_servers.xml", "http_wwwauth.xml", "model_numbers.xml",
            "rtsp_servers.xml", "service_texts.xml", "sip_user_agents.xml", "snmp_sys_object_id.xml", "snmp_sysdescr.xml", "ssh_banners.xml", "telnet_banners.xml", "x509_issuers.xml",
            "x509_subjects.xml",
        ];
        Assert.Equal(expected, Catalog.Value.Databases.Select(d => Path.GetFileName(d.Path)).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Every_fingerprint_has_a_unique_description_examples_and_a_known_vocabulary()
    {
        var problems = new List<string>();
        foreach (var database in Catalog.Value.Databases)
        {
            foreach (var duplicate in database.Fingerprints.GroupBy(f => f.Description).Where(g => g.Count() > 1))
            {
                problems.Add($"{database.DisplayPath}: description '{duplicate.Key}' is used {duplicate.Count()} times");
            }

            foreach (var fingerprint in database.Fingerprints)
            {
                if (fingerprint.Examples.Count == 0)
                {
                    problems.Add($"{fingerprint.Where}: '{fingerprint.Description}' has no example");
                }

                problems.AddRange(fingerprint.Params.Where(p => !Vocabulary.Contains(p.Name)).Select(p => $"{fingerprint.Where}: param '{p.Name}' is not in the vocabulary"));
                if (!fingerprint.Params.Any(p => p.Name is "hw.vendor" or "os.vendor" or "service.vendor"))
                {
                    problems.Add($"{fingerprint.Where}: '{fingerprint.Description}' names no vendor");
                }

                // As recog requires: every capture-group param is checked by at least one example.
                foreach (var capture in fingerprint.Params.Where(p => p.Position > 0))
                {
                    if (!fingerprint.Examples.Any(e => e.Expected.ContainsKey(capture.Name)))
                    {
                        problems.Add($"{fingerprint.Where}: no example checks capture param {capture.Name}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_example_matches_its_own_fingerprint_first_and_yields_its_declared_params()
    {
        var problems = new List<string>();
        foreach (var database in Catalog.Value.Databases)
        {
            var set = new FingerprintSet([database]);
            foreach (var fingerprint in database.Fingerprints)
            {
                foreach (var example in fingerprint.Examples)
                {
                    var where = $"{database.DisplayPath}:{example.Line}";
                    if (fingerprint.TryMatch(example.Text, out var own) != FingerprintOutcome.Matched)
                    {
                        problems.Add($"{where}: '{fingerprint.Description}' does not match its example '{example.Text}'");
                        continue;
                    }

                    foreach (var (name, value) in example.Expected)
                    {
                        if (own![name] != value)
                        {
                            problems.Add($"{where}: '{fingerprint.Description}' yields {name}='{own[name]}', the example expects '{value}'");
                        }
                    }

                    // Through the prefiltered set: the example must reach its fingerprint, and nothing earlier may take it.
                    var first = set.First(example.Text);
                    if (!ReferenceEquals(first?.Fingerprint, fingerprint))
                    {
                        problems.Add($"{where}: the example of '{fingerprint.Description}' is taken by '{first?.Fingerprint.Description ?? "nothing (prefilter?)"}'");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Banner, certificate and sysDescr fingerprints all have a prefilter literal, so only candidates run their
    /// expression. Model-number patterns are exempt: model fields are short and those patterns anchored.
    /// </summary>
    [Fact]
    public void Every_fingerprint_outside_model_numbers_has_a_prefilter_literal()
    {
        var unfiltered = All
            .Where(f => f.Prefilter.Count == 0 && !f.Database.DisplayPath.EndsWith("model_numbers.xml", StringComparison.Ordinal))
            .Select(f => $"{f.Where}: {f.Description}")
            .ToList();
        Assert.True(unfiltered.Count == 0, "fingerprints without a prefilter literal run on every text:\n" + string.Join("\n", unfiltered));
    }

    [Fact]
    public void Every_explicit_prefilter_is_found_in_the_examples()
    {
        // The prefiltered set is what the example test runs through; this names the culprit more directly.
        var problems = All
            .SelectMany(f => f.Examples.Where(e => !f.Prefilter.Any(p => e.Text.Contains(p, StringComparison.OrdinalIgnoreCase)) && f.Prefilter.Count > 0)
                .Select(e => $"{f.Where}: example at line {e.Line} contains none of {string.Join(", ", f.Prefilter)}"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
