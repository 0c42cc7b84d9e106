using System.Security.Cryptography;
using NetOrigin.ReferenceData;

namespace NetOrigin.Tests.DataFiles;

/// <summary>Images are keyed by file digests remembered by path, length and write time; a changed file is always hashed again.</summary>
public class FileDigestsTests
{
    private static readonly DateTime AnHourAgo = DateTime.UtcNow.AddHours(-1);

    private static string SettledFile(string name, string content)
    {
        var path = Scratch.File(name, content);
        File.SetLastWriteTimeUtc(path, AnHourAgo);
        return path;
    }

    private static byte[] Sha256(string path) => SHA256.HashData(File.ReadAllBytes(path));

    [Fact]
    public void A_settled_files_digest_is_remembered_for_the_next_run()
    {
        var cache = new MemoryCache();
        var file = SettledFile("settled.yaml", "sources: []\n");

        var digest = FileDigests.For(cache).Of(file);

        Assert.Equal(Sha256(file), digest);
        Assert.True(FileDigests.For(cache.NextRun()).Remembers(file));
        Assert.Equal(digest, FileDigests.For(cache.NextRun()).Of(file));
    }

    [Fact]
    public void A_file_written_moments_ago_is_not_remembered_so_a_write_in_the_same_tick_cannot_hide()
    {
        var cache = new MemoryCache();
        var file = Scratch.File("fresh.yaml", "sources: []\n");

        Assert.Equal(Sha256(file), FileDigests.For(cache).Of(file));
        Assert.False(FileDigests.For(cache.NextRun()).Remembers(file));
        Assert.Equal(0, cache.Stores("file-digests"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_rewritten_to_the_same_length_is_hashed_again(bool backdated)
    {
        var cache = new MemoryCache();
        var file = SettledFile("rewritten.yaml", "name: Ltd\n");
        var before = FileDigests.For(cache).Of(file);
        File.WriteAllText(file, "name: plc\n");
        if (backdated)
        {
            File.SetLastWriteTimeUtc(file, AnHourAgo.AddMinutes(5));
        }

        var after = FileDigests.For(cache.NextRun()).Of(file);

        Assert.NotEqual(before, after);
        Assert.Equal(Sha256(file), after);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    public void A_damaged_digest_table_is_not_trusted(string damage)
    {
        var cache = new MemoryCache();
        var file = SettledFile("damaged-table.yaml", "sources: []\n");
        _ = FileDigests.For(cache).Of(file);
        var next = cache.NextRun();
        next.Damage(cache.Keys("file-digests").Single(), damage);

        Assert.False(FileDigests.For(next).Remembers(file));
        Assert.Equal(Sha256(file), FileDigests.For(next).Of(file));
    }

    [Fact]
    public void An_organisation_file_edited_after_its_digest_was_remembered_is_read_again_not_served_from_its_old_image()
    {
        var cache = new MemoryCache();
        var user = SettledFile("remembered-orgs.yaml", CompiledDataImageTests.SupplierOrganisations);
        var first = ReferenceDataSet.Load(TestData.Directory, [user], cache: cache);
        Assert.True(FileDigests.For(cache).Remembers(user));
        File.WriteAllText(user, File.ReadAllText(user).Replace("Ltd", "plc", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(user, AnHourAgo.AddMinutes(1));

        var second = ReferenceDataSet.Load(TestData.Directory, [user], cache: cache.NextRun());

        Assert.Equal("My Supplier Ltd", first.Graph["my-supplier"].Name);
        Assert.Equal("My Supplier plc", second.Graph["my-supplier"].Name);
        Assert.NotEqual(first.OrganisationData, second.OrganisationData);
        Assert.Equal(ReferenceDataSet.Load(TestData.Directory, [user]).OrganisationData, second.OrganisationData);
    }

    [Fact]
    public void A_second_run_over_unchanged_shipped_data_finds_every_digest_it_needs()
    {
        var cache = new MemoryCache();
        _ = ReferenceDataSet.Load(TestData.Directory, cache: cache).Fingerprints();
        var next = FileDigests.For(cache.NextRun());

        var shipped = new[] { "sources", "organisations", "fingerprints" }
            .SelectMany(sub => Directory.EnumerateFiles(Path.Combine(TestData.Directory, sub)))
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .Where(f => File.GetLastWriteTimeUtc(f) < DateTime.UtcNow - FileDigests.Settled)
            .ToList();

        Assert.NotEmpty(shipped);
        Assert.All(shipped, f => Assert.True(next.Remembers(f), $"{f} is hashed again"));
    }
}
