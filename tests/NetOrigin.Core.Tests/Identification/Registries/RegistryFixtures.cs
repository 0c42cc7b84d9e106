namespace NetOrigin.Tests.Identification.Registries;

/// <summary>The hand-written registry files beside these tests, and scratch directories to build snapshots in.</summary>
internal static class RegistryFixtures
{
    public static string Directory => Path.Combine(TestData.RepositoryRoot, "tests", "NetOrigin.Core.Tests", "Identification", "Registries");

    /// <summary>Listings in the registries' own formats: ieee-data/, iana/, wireshark/, oui-data/, malformed/.</summary>
    public static string Listing(params string[] parts) => Path.Combine([Directory, "Listings", .. parts]);

    /// <summary>A small snapshot directory in the shipped format, with made-up nested assignments.</summary>
    public static string Snapshots => Path.Combine(Directory, "Snapshots");

    public static string ShippedRegistries => Path.Combine(TestData.Directory, "registries");

    public static string ScratchDirectory() => Scratch.Directory();

    /// <summary>Saves a snapshot as a host would: the whole file, in a directory created when needed.</summary>
    public static void Save(string path, Action<TextWriter> write)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path);
        write(writer);
    }

    /// <summary>A scratch directory holding copies of the named listing files, for combining inputs.</summary>
    public static string InputDirectory(params string[] listingFiles)
    {
        var directory = ScratchDirectory();
        foreach (var file in listingFiles)
        {
            File.Copy(Listing(file.Split('/')), Path.Combine(directory, Path.GetFileName(file)));
        }

        return directory;
    }
}
