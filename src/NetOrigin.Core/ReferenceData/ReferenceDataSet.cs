using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Identification.Claims;
using NetOrigin.Identification.Fingerprints;
using NetOrigin.Identification.Registries;
using NetOrigin.Policies;
using NetOrigin.Risk;

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
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<PolicyPack>> _packs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FingerprintCatalog> _fingerprints = new(StringComparer.Ordinal);
    private readonly Lazy<IntelligenceLawBook> _laws;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<RiskModel>> _riskModels = new(StringComparer.Ordinal);
    private readonly IReferenceDataCache? _cache;

    private ReferenceDataSet(string directory, SourceCatalog sources, OrganisationGraph graph, string organisationData, IReferenceDataCache? cache)
    {
        OrganisationData = organisationData;
        Directory = directory;
        _cache = cache;
        Sources = sources;
        Graph = graph;
        Resolver = new OrganisationResolver(graph);
        Ownership = new OwnershipResolver(graph);
        var registries = Path.Combine(directory, "registries");
        if (cache is null)
        {
            _macs = new Lazy<MacRegistry>(() => MacRegistry.Load(registries));
            _enterprises = new Lazy<EnterpriseRegistry>(() => EnterpriseRegistry.Load(registries));
        }
        else
        {
            var compiled = new Lazy<(MacRegistry Macs, EnterpriseRegistry Enterprises)>(() => LoadCompiled(registries, cache));
            _macs = new Lazy<MacRegistry>(() => compiled.Value.Macs);
            _enterprises = new Lazy<EnterpriseRegistry>(() => compiled.Value.Enterprises);
        }

        _makerNames = new Lazy<MakerNameIndex>(() => new MakerNameIndex(graph));
        _laws = new Lazy<IntelligenceLawBook>(() => IntelligenceLawBook.Load(Path.Combine(directory, "jurisdictions"), sources));
    }

    public string Directory { get; }

    /// <summary>A content hash of the sources and organisation files read (shipped and the user's).</summary>
    internal string OrganisationData { get; }
    public SourceCatalog Sources { get; }
    public OrganisationGraph Graph { get; }
    public OrganisationResolver Resolver { get; }
    public OwnershipResolver Ownership { get; }

    /// <summary>Listed makers' names, for finding them inside free text; built on first use.</summary>
    internal MakerNameIndex MakerNames => _makerNames.Value;
    internal MacRegistry Macs => _macs.Value;
    internal EnterpriseRegistry Enterprises => _enterprises.Value;

    internal string PoliciesDirectory => Path.Combine(Directory, "policies");

    internal string RiskModelsDirectory => Path.Combine(Directory, "risk");

    /// <summary>The intelligence laws per country (data/jurisdictions), loaded on first use.</summary>
    internal IntelligenceLawBook IntelligenceLaws => _laws.Value;

    /// <summary>The ids of the shipped risk models.</summary>
    public IReadOnlyList<string> RiskModelIds =>
        System.IO.Directory.Exists(RiskModelsDirectory)
            ? System.IO.Directory.EnumerateFiles(RiskModelsDirectory, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Where(IsPackId).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>A shipped risk model by id (as for packs, an id is never read as a path), loaded once.</summary>
    public RiskModel RiskModel(string id)
    {
        if (!IsPackId(id) || !File.Exists(Path.Combine(RiskModelsDirectory, id + ".yaml")))
        {
            throw new ReferenceDataException($"no risk model '{id}'; shipped models: {string.Join(", ", RiskModelIds)} (give a model file by its path)");
        }

        return _riskModels.GetOrAdd(id, key => new Lazy<RiskModel>(() => RiskModelLoader.Load(Path.Combine(RiskModelsDirectory, key + ".yaml"), Sources))).Value;
    }

    /// <summary>A risk model from a file the user names explicitly.</summary>
    public RiskModel RiskModelFile(string path) => RiskModelLoader.Load(Path.GetFullPath(path), Sources);

    internal string FingerprintsDirectory => Path.Combine(Directory, "fingerprints");

    /// <summary>
    /// Loads the data in <paramref name="directory"/>, with the user's organisation files merged over it. With a
    /// <paramref name="cache"/>, the registries come from their compiled image when it matches the text (and the
    /// image is compiled and stored when it is missing, stale or damaged); the answers are the same either way.
    /// </summary>
    public static ReferenceDataSet Load(string directory, IEnumerable<string>? userOrganisationFiles = null, IEnumerable<string>? userSourceFiles = null, IReferenceDataCache? cache = null)
    {
        var sources = SourceCatalog.LoadDirectory(Path.Combine(directory, "sources"), cache);
        foreach (var file in userSourceFiles ?? [])
        {
            sources.AddFile(file, cache);
        }

        var userOrganisations = userOrganisationFiles?.ToList() ?? [];
        var graph = OrganisationGraphLoader.Load(Path.Combine(directory, "organisations"), sources, userOrganisations, cache);
        var read = new[] { "sources", "organisations" }
            .Select(sub => Path.Combine(directory, sub))
            .Where(System.IO.Directory.Exists)
            .SelectMany(dir => System.IO.Directory.EnumerateFiles(dir, "*.yaml").Order(StringComparer.Ordinal))
            .Concat(userSourceFiles ?? [])
            .Concat(userOrganisations);
        return new ReferenceDataSet(directory, sources, graph, ReferenceDataVersions.HashOf(read, FileDigests.For(cache)), cache);
    }

    private static (MacRegistry, EnterpriseRegistry) LoadCompiled(string registries, IReferenceDataCache cache)
    {
        var key = RegistryImage.KeyOf(registries, FileDigests.For(cache));
        if (cache.Read(key) is { } image && RegistryImage.TryRead(image, key, registries) is { } compiled)
        {
            return compiled;
        }

        var macs = MacRegistry.Load(registries);
        var enterprises = EnterpriseRegistry.Load(registries);
        cache.Store(key, RegistryImage.Write(key, macs, enterprises));
        return (macs, enterprises);
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
                // The subtree set is built when the first sysObjectID is looked up, not for runs that have none.
                new EnterpriseNumberClaims(Enterprises, Resolver, new Lazy<FingerprintSet>(() => fingerprints.For(Inventory.IdentifierKind.SysObjectId))),
                new EngineIdClaims(Enterprises, Macs, Resolver),
                new FingerprintClaims(fingerprints, Resolver, MakerNames),
                new ProviderClaims(names),
                new CpeClaims(Resolver),
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

                catalog = FingerprintCatalog.Load(directories, _cache);
                _fingerprints[key] = catalog;
            }

            return catalog;
        }
    }

    /// <summary>The versions of the data an assessment with these packs (and the fingerprints of <paramref name="userFingerprints"/>) uses.</summary>
    public ReferenceDataVersions VersionsFor(IReadOnlyList<PolicyPack> packs, string? userFingerprints = null) => new(
        ReferenceDataVersions.EngineVersion,
        [.. Macs.Snapshots, Enterprises.Snapshot],
        Fingerprints(userFingerprints).Databases,
        OrganisationData,
        packs);

    /// <summary>The ids of the shipped packs.</summary>
    public IReadOnlyList<string> PackIds =>
        System.IO.Directory.Exists(PoliciesDirectory)
            ? System.IO.Directory.EnumerateFiles(PoliciesDirectory, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Where(IsPackId).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// A shipped pack by id, loaded once however many threads ask. An id is lower-case letters, digits and hyphens
    /// and names a file of the shipped data only: it is never read as a path, so no caller (a web request, a file
    /// in the working directory) can make it load anything else. A user's own pack comes through <see cref="PackFile"/>.
    /// </summary>
    public PolicyPack Pack(string id)
    {
        if (!IsPackId(id) || !File.Exists(Path.Combine(PoliciesDirectory, id + ".yaml")))
        {
            throw new ReferenceDataException($"no policy pack '{id}'; shipped packs: {string.Join(", ", PackIds)} (give a pack file by its path)");
        }

        return _packs.GetOrAdd(id, key => new Lazy<PolicyPack>(() => PolicyPackLoader.Load(Path.Combine(PoliciesDirectory, key + ".yaml"), Sources, Graph, _cache))).Value;
    }

    /// <summary>A pack from a file the user names explicitly; its <see cref="PolicyPack.File"/> is the full path read.</summary>
    public PolicyPack PackFile(string path) => PolicyPackLoader.Load(Path.GetFullPath(path), Sources, Graph, _cache);

    /// <summary>Whether <paramref name="text"/> has the form of a pack id: lower-case letters, digits and single hyphens.</summary>
    public static bool IsPackId(string text) =>
        text.Length is > 0 and <= 64
        && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && char.IsAsciiLetterOrDigit(text[0])
        && !text.Contains("--", StringComparison.Ordinal);
}
