using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Identification.Claims;
using NetOrigin.Identification.Fingerprints;
using NetOrigin.Identification.Registries;
using NetOrigin.Policies;

namespace NetOrigin.ReferenceData;

/// <summary>
/// The shipped (and user-added) reference data, loaded once: sources, the organisation graph, the registries and
/// the policy packs. Engines are built from it.
/// </summary>
public sealed class ReferenceDataSet
{
    private readonly Lazy<MacRegistry> _macs;
    private readonly Lazy<EnterpriseRegistry> _enterprises;
    private readonly Lazy<MakerNameIndex> _makerNames;
    private readonly Dictionary<string, PolicyPack> _packs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FingerprintCatalog> _fingerprints = new(StringComparer.Ordinal);

    private ReferenceDataSet(string directory, SourceCatalog sources, OrganisationGraph graph)
    {
        Directory = directory;
        Sources = sources;
        Graph = graph;
        Resolver = new OrganisationResolver(graph);
        Ownership = new OwnershipResolver(graph);
        var registries = Path.Combine(directory, "registries");
        _macs = new Lazy<MacRegistry>(() => MacRegistry.Load(registries));
        _enterprises = new Lazy<EnterpriseRegistry>(() => EnterpriseRegistry.Load(registries));
        _makerNames = new Lazy<MakerNameIndex>(() => new MakerNameIndex(graph));
    }

    public string Directory { get; }
    public SourceCatalog Sources { get; }
    public OrganisationGraph Graph { get; }
    public OrganisationResolver Resolver { get; }
    public OwnershipResolver Ownership { get; }

    /// <summary>Listed makers' names, for finding them inside free text; built on first use.</summary>
    public MakerNameIndex MakerNames => _makerNames.Value;
    public MacRegistry Macs => _macs.Value;
    public EnterpriseRegistry Enterprises => _enterprises.Value;

    public string PoliciesDirectory => Path.Combine(Directory, "policies");

    public string FingerprintsDirectory => Path.Combine(Directory, "fingerprints");

    /// <summary>Loads the data in <paramref name="directory"/>, with the user's organisation files merged over it.</summary>
    public static ReferenceDataSet Load(string directory, IEnumerable<string>? userOrganisationFiles = null, IEnumerable<string>? userSourceFiles = null)
    {
        var sources = SourceCatalog.LoadDirectory(Path.Combine(directory, "sources"));
        foreach (var file in userSourceFiles ?? [])
        {
            sources.AddFile(file);
        }

        var graph = OrganisationGraphLoader.Load(Path.Combine(directory, "organisations"), sources, userOrganisationFiles);
        return new ReferenceDataSet(directory, sources, graph);
    }

    /// <summary>
    /// The identification engine over every registry, name source and fingerprint; the fingerprints in
    /// <paramref name="fingerprintDirectory"/> (recog-format files, e.g. rapid7/recog's xml/) are used after the shipped ones.
    /// </summary>
    public ManufacturerIdentifier CreateIdentifier(string? fingerprintDirectory = null)
    {
        var fingerprints = Fingerprints(fingerprintDirectory);
        var names = new DeclaredNames(Resolver, Ownership);
        return new ManufacturerIdentifier(
            [
                new DeclaredNameClaims(names),
                new MacClaims(Macs, Resolver),
                new EnterpriseNumberClaims(Enterprises, Resolver, fingerprints.For(Inventory.IdentifierKind.SysObjectId)),
                new EngineIdClaims(Enterprises, Macs, Resolver),
                new FingerprintClaims(fingerprints, Resolver, MakerNames),
                new ProviderClaims(names),
            ],
            Graph);
    }

    /// <summary>The shipped fingerprints, then those in <paramref name="userDirectory"/>; loaded once per directory.</summary>
    public FingerprintCatalog Fingerprints(string? userDirectory = null)
    {
        var key = userDirectory is null ? "" : Path.GetFullPath(userDirectory);
        lock (_fingerprints)
        {
            if (!_fingerprints.TryGetValue(key, out var catalog))
            {
                var directories = new List<(string, string)> { (FingerprintsDirectory, "data/fingerprints") };
                if (userDirectory is not null)
                {
                    directories.Add((userDirectory, userDirectory));
                }

                catalog = FingerprintCatalog.Load(directories);
                _fingerprints[key] = catalog;
            }

            return catalog;
        }
    }

    /// <summary>The ids of the shipped packs.</summary>
    public IReadOnlyList<string> PackIds =>
        System.IO.Directory.Exists(PoliciesDirectory)
            ? System.IO.Directory.EnumerateFiles(PoliciesDirectory, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>A shipped pack by id, or a pack file by path.</summary>
    public PolicyPack Pack(string idOrPath)
    {
        if (_packs.TryGetValue(idOrPath, out var pack))
        {
            return pack;
        }

        var path = File.Exists(idOrPath) ? idOrPath : Path.Combine(PoliciesDirectory, idOrPath + ".yaml");
        if (!File.Exists(path))
        {
            throw new ReferenceDataException($"no policy pack '{idOrPath}'; shipped packs: {string.Join(", ", PackIds)}");
        }

        pack = PolicyPackLoader.Load(path, Sources, Graph);
        _packs[idOrPath] = pack;
        return pack;
    }
}
