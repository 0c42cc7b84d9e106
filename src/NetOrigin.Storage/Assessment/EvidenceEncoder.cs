using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;

namespace NetOrigin.Storage.Assessment;

/// <summary>
/// Turns findings into stored evidence for one job (<see cref="EvidenceCodec"/>): each distinct piece is encoded
/// and hashed once, new pieces go to the batch being written, and pieces already written are not sent again.
/// Caches are bounded; past the bound a piece is simply sent again (the store ignores a hash it holds).
/// </summary>
internal sealed class EvidenceEncoder
{
    private const int MaxCached = 200_000;

    private readonly Dictionary<EvidenceStep, (byte[] Hash, string? Value)> _sharedSteps = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ControlChain, byte[]> _chains = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string?, double, string?, bool), byte[]> _makers = [];
    private readonly HashSet<UInt128> _written = [];
    private readonly List<(byte[] Hash, bool TakesValue)> _steps = new(16);
    private readonly List<string> _values = new(4);
    private readonly byte[] _noChain;

    public EvidenceEncoder()
    {
        _noChain = Piece(EvidenceCodec.OwnerChainJson(null, Cited));
    }

    /// <summary>Every source the encoded evidence cites, for the run's report.</summary>
    public HashSet<Source> Cited { get; } = [];

    /// <summary>Pieces new to the store since the last batch; the writer takes them.</summary>
    public List<(byte[] Hash, byte[] Body)> Pending { get; } = [];

    public (byte[] Manufacturer, byte[] OwnerChain, byte[] Chain, string? Values) Encode(Finding finding)
    {
        _steps.Clear();
        _values.Clear();
        foreach (var step in finding.Evidence)
        {
            var (hash, value) = step.Shared ? SharedStep(step) : OwnStep(step);
            _steps.Add((hash, value is not null));
            if (value is not null)
            {
                _values.Add(value);
            }
        }

        var chain = Piece(EvidenceCodec.ChainBody(_steps));
        var values = _values.Count == 0 ? null : string.Join(EvidenceCodec.ValueSeparator, _values);
        return (Manufacturer(finding.Attribution), OwnerChain(finding.OwnerChain), chain, values);
    }

    private (byte[] Hash, string? Value) SharedStep(EvidenceStep step)
    {
        if (_sharedSteps.TryGetValue(step, out var known))
        {
            return known;
        }

        var encoded = OwnStep(step);
        if (_sharedSteps.Count < MaxCached)
        {
            _sharedSteps[step] = encoded;
        }

        return encoded;
    }

    private (byte[] Hash, string? Value) OwnStep(EvidenceStep step)
    {
        if (step.Sources is { Count: > 0 } sources)
        {
            Cited.UnionWith(sources);
        }

        var json = EvidenceCodec.StepJson(step);
        var value = EvidenceCodec.OwnValue(step);
        return (Piece(value is null ? json : EvidenceCodec.Template(json, value)), value);
    }

    private byte[] OwnerChain(ControlChain? chain)
    {
        if (chain is null)
        {
            return _noChain;
        }

        if (_chains.TryGetValue(chain, out var hash))
        {
            return hash;
        }

        hash = Piece(EvidenceCodec.OwnerChainJson(chain, Cited));
        if (_chains.Count < MaxCached)
        {
            _chains[chain] = hash;
        }

        return hash;
    }

    private byte[] Manufacturer(Attribution attribution)
    {
        var key = (attribution.Manufacturer?.Id, attribution.Confidence, attribution.Product, attribution.OperatingSystemOnly);
        if (_makers.TryGetValue(key, out var hash))
        {
            return hash;
        }

        hash = Piece(EvidenceCodec.ManufacturerJson(attribution));
        if (_makers.Count < MaxCached)
        {
            _makers[key] = hash;
        }

        return hash;
    }

    /// <summary>The hash of a piece, queued for writing unless it was written already.</summary>
    private byte[] Piece(byte[] body)
    {
        var hash = EvidenceCodec.Hash(body);
        var key = new UInt128(BitConverter.ToUInt64(hash, 8), BitConverter.ToUInt64(hash, 0));
        if (!_written.Contains(key))
        {
            Pending.Add((hash, body));
            if (_written.Count < MaxCached * 4)
            {
                _written.Add(key);
            }
        }

        return hash;
    }
}
