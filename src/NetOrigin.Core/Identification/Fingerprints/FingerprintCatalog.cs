using NetOrigin.Inventory;
using NetOrigin.ReferenceData;

namespace NetOrigin.Identification.Fingerprints;

/// <summary>
/// Every fingerprint database in use — the shipped ones first, then a user's — grouped by the identifier each
/// reads, with the notes collected while loading (skipped files and fingerprints), so none is dropped silently.
/// </summary>
public sealed class FingerprintCatalog
{
    internal static readonly FingerprintCatalog Empty = new([], []);

    /// <summary>Each kind's set (its prefilter) is built on first use: a run without that text never pays for it.</summary>
    private readonly Dictionary<IdentifierKind, Lazy<FingerprintSet>> _sets = [];

    private FingerprintCatalog(IReadOnlyList<FingerprintDatabase> databases, IReadOnlyList<string> notes)
    {
        Databases = databases;
        Notes = notes;
        foreach (var kind in Enum.GetValues<IdentifierKind>())
        {
            var forKind = databases.Where(d => RecogMatchKeys.KindsOf(d.Matches).Contains(kind)).ToList();
            if (forKind.Count > 0)
            {
                _sets[kind] = new Lazy<FingerprintSet>(() => new FingerprintSet(forKind), LazyThreadSafetyMode.ExecutionAndPublication);
            }
        }
    }

    public IReadOnlyList<FingerprintDatabase> Databases { get; }

    /// <summary>Files and fingerprints that were skipped, and why.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Model and part-number patterns, for the model, part_number and entPhysicalModelName fields.</summary>
    public FingerprintSet ModelNumbers => For(IdentifierKind.EntModelName);

    public int FingerprintCount => Databases.Sum(d => d.Fingerprints.Count);

    public FingerprintSet For(IdentifierKind kind) => _sets.TryGetValue(kind, out var set) ? set.Value : FingerprintSet.Empty;

    /// <summary>
    /// Loads every *.xml in each directory, in order; <paramref name="directories"/> pairs a path with the prefix
    /// evidence shows for its files (e.g. "data/fingerprints").
    /// </summary>
    public static FingerprintCatalog Load(IEnumerable<(string Directory, string DisplayPrefix)> directories) => Read(directories.ToList());

    /// <summary>
    /// As <see cref="Load(IEnumerable{ValueTuple{string, string}})"/>, from the compiled image in <paramref name="cache"/>
    /// when it was compiled from the same files (else the files are read, and the image compiled and stored).
    /// </summary>
    public static FingerprintCatalog Load(IEnumerable<(string Directory, string DisplayPrefix)> directories, IReferenceDataCache? cache)
    {
        var list = directories.ToList();
        if (cache is null)
        {
            return Read(list);
        }

        var key = FingerprintImage.KeyOf(list, FingerprintFileReader.MatchTimeout, FileDigests.For(cache));
        if (cache.Read(key) is { } image && FingerprintImage.TryRead(image, key) is { } compiled)
        {
            return compiled;
        }

        var catalog = Read(list);
        cache.Store(key, FingerprintImage.Write(key, catalog));
        return catalog;
    }

    /// <summary>The fingerprint files of a directory, in the order they are read.</summary>
    internal static IEnumerable<string> FilesIn(string directory) => Directory.EnumerateFiles(directory, "*.xml").Order(StringComparer.Ordinal);

    private static FingerprintCatalog Read(List<(string Directory, string DisplayPrefix)> directories)
    {
        var notes = new List<string>();
        var databases = new List<FingerprintDatabase>();
        foreach (var (directory, prefix) in directories)
        {
            if (!Directory.Exists(directory))
            {
                notes.Add($"{prefix}: no such fingerprint directory");
                continue;
            }

            foreach (var path in FilesIn(directory))
            {
                var display = $"{prefix.TrimEnd('/')}/{Path.GetFileName(path)}";
                if (FingerprintFileReader.Read(path, display, notes) is not { } database)
                {
                    continue;
                }

                if (RecogMatchKeys.KindsOf(database.Matches).Count == 0)
                {
                    notes.Add(MessageText.Clip($"{display}: matches '{database.Matches}' is not a text NetOrigin reads; not used"));
                    continue;
                }

                databases.Add(database);
            }
        }

        return new FingerprintCatalog(databases, notes);
    }

    /// <summary>A catalog of databases already read (for tests and tools).</summary>
    internal static FingerprintCatalog Of(IReadOnlyList<FingerprintDatabase> databases) => new(databases, []);

    internal static FingerprintCatalog Of(IReadOnlyList<FingerprintDatabase> databases, IReadOnlyList<string> notes) => new(databases, notes);
}
