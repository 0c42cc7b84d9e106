using System.Text.Json;
using System.Text.Json.Serialization;
using NetOrigin.Identification.Fingerprints;
using NetOrigin.ReferenceData;

namespace NetOrigin.Tests.DataFiles;

/// <summary>The organisation graph, sources, packs and fingerprints read from compiled images answer as the text does.</summary>
public class CompiledDataImageTests
{
    private static readonly JsonSerializerOptions Dump = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>A user's organisation file naming one supplier, "My Supplier Ltd".</summary>
    internal const string SupplierOrganisations = """
        sources:
          - id: my-register
            title: "Our supplier register"
        organisations:
          - id: my-supplier
            name: "My Supplier Ltd"
            kind: manufacturer
            country: GB
            sources: [my-register]
        """;

    private static string Json(object value) => JsonSerializer.Serialize(value, Dump);

    private static IEnumerable<string> ShippedYamlFiles() =>
        Directory.EnumerateFiles(TestData.Directory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static void AssertSameNodes(DataNode text, DataNode compiled, string where)
    {
        Assert.Equal(text.GetType(), compiled.GetType());
        Assert.True(text.Line == compiled.Line, $"{where}: line {text.Line} read back as {compiled.Line}");
        switch (text)
        {
            case DataScalar scalar:
                var other = (DataScalar)compiled;
                Assert.Equal((scalar.Value, scalar.Plain, scalar.Tagged), (other.Value, other.Plain, other.Tagged));
                break;
            case DataSequence sequence:
                var items = ((DataSequence)compiled).Items;
                Assert.Equal(sequence.Items.Count, items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertSameNodes(sequence.Items[i], items[i], where);
                }

                break;
            case DataMapping mapping:
                var entries = ((DataMapping)compiled).Entries;
                Assert.Equal(mapping.Entries.Count, entries.Count);
                for (var i = 0; i < entries.Count; i++)
                {
                    AssertSameNodes(mapping.Entries[i].Key, entries[i].Key, where);
                    AssertSameNodes(mapping.Entries[i].Value, entries[i].Value, where);
                }

                break;
        }
    }

    private static void AssertSameGraphAndSources(ReferenceDataSet text, ReferenceDataSet compiled)
    {
        Assert.Equal(text.OrganisationData, compiled.OrganisationData);
        Assert.Equal(Json(text.Sources.All.OrderBy(s => s.Id, StringComparer.Ordinal)), Json(compiled.Sources.All.OrderBy(s => s.Id, StringComparer.Ordinal)));
        Assert.Equal(Json(text.Graph.Organisations.OrderBy(o => o.Id, StringComparer.Ordinal)), Json(compiled.Graph.Organisations.OrderBy(o => o.Id, StringComparer.Ordinal)));
        Assert.Equal(Json(text.Graph.Edges), Json(compiled.Graph.Edges));
        Assert.Equal(Json(text.Graph.Brands), Json(compiled.Graph.Brands));
        Assert.Equal(Json(text.Graph.OemRelations), Json(compiled.Graph.OemRelations));
        Assert.Equal(Json(text.Graph.Successions), Json(compiled.Graph.Successions));
    }

    private static void AssertSameFingerprints(FingerprintCatalog text, FingerprintCatalog compiled)
    {
        Assert.Equal(text.Notes, compiled.Notes);
        Assert.Equal(text.Databases.Count, compiled.Databases.Count);
        foreach (var (a, b) in text.Databases.Zip(compiled.Databases))
        {
            Assert.Equal((a.Path, a.DisplayPath, a.Matches, a.Protocol, a.DatabaseType, a.Version, a.Preference), (b.Path, b.DisplayPath, b.Matches, b.Protocol, b.DatabaseType, b.Version, b.Preference));
            Assert.Equal(a.Fingerprints.Count, b.Fingerprints.Count);
            foreach (var (f, g) in a.Fingerprints.Zip(b.Fingerprints))
            {
                Assert.Equal((f.Description, f.Pattern, f.Options, f.MatchTimeout, f.Certainty, f.Line, f.Leading), (g.Description, g.Pattern, g.Options, g.MatchTimeout, g.Certainty, g.Line, g.Leading));
                Assert.Equal(f.Params, g.Params);
                Assert.Equal(f.Prefilter, g.Prefilter);
                Assert.Equal(Json(f.Examples), Json(g.Examples));
                Assert.Same(b, g.Database);
            }
        }
    }

    [Fact]
    public void Every_shipped_data_file_read_from_its_image_has_the_nodes_of_its_text()
    {
        var cache = new MemoryCache();
        var files = ShippedYamlFiles().ToList();
        Assert.True(files.Count > 30, $"only {files.Count} data files");
        foreach (var file in files)
        {
            var text = YamlNodeReader.LoadFile(file);
            _ = YamlNodeReader.LoadFile(file, cache);
            var stores = cache.Stores("document");
            var compiled = YamlNodeReader.LoadFile(file, cache);

            Assert.Equal(stores, cache.Stores("document"));
            AssertSameNodes(text.Root, compiled.Root, file);
            Assert.Equal(text.Where, compiled.Where);
        }
    }

    [Fact]
    public void Organisations_sources_packs_and_fingerprints_from_images_are_those_read_from_the_text()
    {
        var cache = new MemoryCache();
        var text = ReferenceDataSet.Load(TestData.Directory);
        var compiling = ReferenceDataSet.Load(TestData.Directory, cache: cache);
        _ = compiling.Fingerprints();
        var stores = (cache.Stores("document"), cache.Stores("fingerprints"));
        Assert.True(stores.Item1 >= 30 && stores.Item2 == 1, $"stored {stores}");

        var compiled = ReferenceDataSet.Load(TestData.Directory, cache: cache);

        AssertSameGraphAndSources(text, compiled);
        AssertSameFingerprints(text.Fingerprints(), compiled.Fingerprints());
        foreach (var id in text.PackIds)
        {
            Assert.Equal(Json(text.Pack(id)), Json(compiled.Pack(id)));
        }

        Assert.Equal(stores.Item2, cache.Stores("fingerprints"));
        Assert.True(cache.Stores("document") == stores.Item1 + text.PackIds.Count, "packs stored once each; nothing else stored again");
    }

    [Fact]
    public void A_changed_organisation_or_fingerprint_file_is_read_again_and_its_change_answered()
    {
        var data = CompiledRegistryTests.CopyOfShippedData();
        var cache = new MemoryCache();
        _ = ReferenceDataSet.Load(data, cache: cache).Fingerprints();

        var organisations = Path.Combine(data, "organisations", "huawei.yaml");
        File.WriteAllText(organisations, File.ReadAllText(organisations).Replace("name: \"Huawei Technologies Co., Ltd.\"", "name: \"Huawei Renamed Ltd.\"", StringComparison.Ordinal));
        var model = Path.Combine(data, "fingerprints", "model_numbers.xml");
        File.WriteAllText(model, File.ReadAllText(model).Replace("<description>", "<description>Changed: ", StringComparison.Ordinal));
        var after = ReferenceDataSet.Load(data, cache: cache);

        Assert.Equal("Huawei Renamed Ltd.", after.Graph["huawei-technologies"].Name);
        Assert.All(after.Fingerprints().Databases.Single(d => d.Path == model).Fingerprints, f => Assert.StartsWith("Changed: ", f.Description, StringComparison.Ordinal));
        Assert.Equal(2, cache.Stores("fingerprints"));
        AssertSameGraphAndSources(ReferenceDataSet.Load(data), after);
        AssertSameFingerprints(ReferenceDataSet.Load(data).Fingerprints(), after.Fingerprints());
    }

    [Fact]
    public void A_users_organisation_file_merges_over_the_compiled_shipped_data_and_a_change_to_it_is_read()
    {
        var cache = new MemoryCache();
        var user = Scratch.File("my-orgs.yaml", SupplierOrganisations);
        var first = ReferenceDataSet.Load(TestData.Directory, [user], cache: cache);
        File.WriteAllText(user, File.ReadAllText(user).Replace("My Supplier Ltd", "My Supplier Group plc", StringComparison.Ordinal));
        var documents = cache.Stores("document");

        var second = ReferenceDataSet.Load(TestData.Directory, [user], cache: cache);

        Assert.Equal("My Supplier Ltd", first.Graph["my-supplier"].Name);
        Assert.Equal("My Supplier Group plc", second.Graph["my-supplier"].Name);
        Assert.Equal(documents + 1, cache.Stores("document"));
        Assert.NotEqual(first.OrganisationData, second.OrganisationData);
        AssertSameGraphAndSources(ReferenceDataSet.Load(TestData.Directory, [user]), second);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    public void A_damaged_document_or_fingerprint_image_is_never_trusted_but_compiled_again(string damage)
    {
        var cache = new MemoryCache();
        _ = ReferenceDataSet.Load(TestData.Directory, cache: cache).Fingerprints();
        var damaged = cache.Keys("document").Append(cache.Keys("fingerprints").Single()).ToList();
        var intact = damaged.ToDictionary(k => k, k => cache.Images[k]);
        foreach (var key in damaged)
        {
            cache.Damage(key, damage);
        }

        var reloaded = ReferenceDataSet.Load(TestData.Directory, cache: cache);

        AssertSameGraphAndSources(TestData.Reference, reloaded);
        AssertSameFingerprints(TestData.Reference.Fingerprints(), reloaded.Fingerprints());
        Assert.All(damaged, key => Assert.Equal(intact[key], cache.Images[key]));
    }

    [Fact]
    public void An_image_under_another_files_key_is_not_read_for_this_one()
    {
        var cache = new MemoryCache();
        var a = Scratch.File("a.yaml", "sources:\n  - id: a\n    title: A\n");
        var b = Scratch.File("b.yaml", "sources:\n  - id: b\n    title: B\n");
        _ = YamlNodeReader.LoadFile(a, cache);
        var keyOfA = cache.Keys("document").Single();
        _ = YamlNodeReader.LoadFile(b, cache);
        var keyOfB = cache.Keys("document").Single(k => k != keyOfA);
        cache.Images[keyOfB] = cache.Images[keyOfA];

        var read = YamlNodeReader.LoadFile(b, cache);

        Assert.Equal("b", read.Mappings("sources").Single().RequiredString("id"));
    }

    [Fact]
    public void Malformed_yaml_is_the_same_error_with_a_cache_and_nothing_is_stored()
    {
        var cache = new MemoryCache();
        var file = Scratch.File("broken.yaml", "a: [1, 2\nb: 3\n");

        var error = Assert.Throws<ReferenceDataException>(() => YamlNodeReader.LoadFile(file, cache));

        Assert.Equal(Assert.Throws<ReferenceDataException>(() => YamlNodeReader.LoadFile(file)).Message, error.Message);
        Assert.Empty(cache.Images);
    }
}
