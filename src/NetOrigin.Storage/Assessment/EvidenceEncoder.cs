using System.Buffers;
using System.Text;
using System.Text.Json;
using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;
using NetOrigin.Reports;

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

    // Most findings' own steps and chains are byte for byte those of an earlier finding: looking the bytes up costs
    // far less than hashing them again with SHA-256. Bounded by the bytes it holds.
    private const int MaxContentBytes = 16 << 20;
    private readonly Dictionary<byte[], byte[]>.AlternateLookup<ReadOnlySpan<byte>> _byContent = new Dictionary<byte[], byte[]>(ByteContent.Comparer).GetAlternateLookup<ReadOnlySpan<byte>>();
    private long _contentBytes;
    private readonly List<(byte[] Hash, bool TakesValue)> _steps = new(16);
    private readonly List<string> _values = new(4);
    private readonly byte[] _noChain;

    // Reused for every finding's own steps and chain: most of those bytes hash to a piece already written, so they
    // are copied out only when new.
    private readonly ArrayBufferWriter<byte> _stepJson = new(512);
    private readonly ArrayBufferWriter<byte> _template = new(512);
    private readonly Utf8JsonWriter _stepWriter;
    private byte[] _value = new byte[256];
    private byte[] _chainBody = new byte[16 * (EvidenceCodec.HashLength + 1)];

    public EvidenceEncoder()
    {
        _stepWriter = new Utf8JsonWriter(_stepJson, EvidenceCodec.WriterOptions);
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

        var length = _steps.Count * (EvidenceCodec.HashLength + 1);
        if (_chainBody.Length < length)
        {
            _chainBody = new byte[length * 2];
        }

        EvidenceCodec.ChainBody(_steps, _chainBody.AsSpan(0, length));
        var chain = Piece(_chainBody.AsSpan(0, length));
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

        _stepJson.ResetWrittenCount();
        _stepWriter.Reset(_stepJson);
        EvidenceJson.Write(_stepWriter, step);
        _stepWriter.Flush();
        var value = EvidenceCodec.OwnValue(step);
        if (value is null)
        {
            return (Piece(_stepJson.WrittenSpan), null);
        }

        if (Encoding.UTF8.GetMaxByteCount(value.Length) > _value.Length)
        {
            _value = new byte[Encoding.UTF8.GetMaxByteCount(value.Length)];
        }

        var bytes = Encoding.UTF8.GetBytes(value, _value);
        _template.ResetWrittenCount();
        EvidenceCodec.Template(_stepJson.WrittenSpan, _value.AsSpan(0, bytes), _template);
        return (Piece(_template.WrittenSpan), value);
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
    private byte[] Piece(ReadOnlySpan<byte> body)
    {
        if (_byContent.TryGetValue(body, out var known))
        {
            return known;
        }

        var hash = EvidenceCodec.Hash(body);
        byte[]? copy = null;
        if (_contentBytes + body.Length <= MaxContentBytes)
        {
            _contentBytes += body.Length;
            copy = body.ToArray();
            _byContent.Dictionary[copy] = hash;
        }

        var key = new UInt128(BitConverter.ToUInt64(hash, 8), BitConverter.ToUInt64(hash, 0));
        if (!_written.Contains(key))
        {
            Pending.Add((hash, copy ?? body.ToArray()));
            if (_written.Count < MaxCached * 4)
            {
                _written.Add(key);
            }
        }

        return hash;
    }
}
