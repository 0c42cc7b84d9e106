using System.Text;
using NetOrigin.Inventory;

namespace NetOrigin.Risk;

/// <summary>
/// The assets of a run, spread over scratch streams by site, so that what depends on a whole site (who else serves
/// a function there, the site's score) is worked out one partition at a time: memory then grows with the sites of
/// one partition, not with the inventory. Every asset of a site lands in the same partition; a stable hash keeps
/// runs reproducible.
/// </summary>
internal sealed class SitePartitions : IDisposable
{
    /// <summary>
    /// Enough that one partition of a 10-million-asset inventory (about 450,000 sites) holds under 2,000 sites; with
    /// 32, its tallies lived long enough to reach the oldest generation and peak memory doubled from 1M to 10M.
    /// </summary>
    public const int Count = 256;

    /// <summary>Write buffer per partition: small, as every partition has one open at once.</summary>
    private const int WriteBuffer = 1 << 14;

    private readonly Stream[] _streams;
    private readonly BinaryWriter[] _writers;
    private readonly List<string> _files = [];
    private readonly Dictionary<string, int> _fileIndex = new(StringComparer.Ordinal);

    public SitePartitions(IScratchSpace scratch)
    {
        _streams = new Stream[Count];
        _writers = new BinaryWriter[Count];
        for (var i = 0; i < Count; i++)
        {
            _streams[i] = scratch.Create();
            _writers[i] = new BinaryWriter(new BufferedStream(_streams[i], WriteBuffer), Encoding.UTF8, leaveOpen: true);
        }
    }

    public void Add(Asset asset, int profile)
    {
        var writer = _writers[Partition(asset.Site)];
        writer.Write(asset.Id);
        WriteOptional(writer, asset.Name);
        WriteOptional(writer, asset.Site);
        writer.Write(FileIndex(asset.Source.File));
        writer.Write(asset.Source.Line);
        writer.Write(profile);
    }

    /// <summary>Ends writing; partitions can be read from then on.</summary>
    public void Complete()
    {
        foreach (var writer in _writers)
        {
            writer.Flush();
            writer.Dispose();
        }
    }

    /// <summary>
    /// The records of partition <paramref name="partition"/>, in the order they were added. Without
    /// <paramref name="names"/> the id and name are skipped (tallies need only the site and profile), and a site
    /// repeated from the record before reuses its string, so a tally of a site-ordered inventory allocates little.
    /// </summary>
    public IEnumerable<AssetRecord> Read(int partition, bool names = true)
    {
        var stream = _streams[partition];
        var end = stream.Length;
        stream.Position = 0;
        using var reader = new BinaryReader(new BufferedStream(stream, 1 << 16), Encoding.UTF8, leaveOpen: true);
        var sites = new SiteStrings();
        long position = 0;
        while (position < end)
        {
            string? id = null, name = null;
            if (names)
            {
                id = reader.ReadString();
                name = ReadOptional(reader);
            }
            else
            {
                Skip(reader);
                if (reader.ReadBoolean())
                {
                    Skip(reader);
                }
            }

            var site = reader.ReadBoolean() ? sites.Read(reader) : null;
            var file = _files[reader.ReadInt32()];
            var line = reader.ReadInt64();
            var profile = reader.ReadInt32();
            position = reader.BaseStream.Position;
            yield return new AssetRecord(id ?? "", name, site, file, line, profile);
        }
    }

    public void Dispose()
    {
        foreach (var stream in _streams)
        {
            stream.Dispose();
        }
    }

    private int FileIndex(string file)
    {
        if (!_fileIndex.TryGetValue(file, out var index))
        {
            index = _files.Count;
            _files.Add(file);
            _fileIndex[file] = index;
        }

        return index;
    }

    /// <summary>FNV-1a over the site's characters: the same partition in every process (string hashes are not).</summary>
    private static int Partition(string? site)
    {
        if (site is null)
        {
            return 0;
        }

        var hash = 2166136261u;
        foreach (var c in site)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Count);
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    /// <summary>Skips a string written by <see cref="BinaryWriter.Write(string)"/> (a 7-bit length, then UTF-8 bytes).</summary>
    private static void Skip(BinaryReader reader) => reader.BaseStream.Seek(reader.Read7BitEncodedInt(), SeekOrigin.Current);

    /// <summary>Reads site strings, handing back the previous string when the bytes repeat.</summary>
    private sealed class SiteStrings
    {
        private byte[] _last = [];
        private int _lastLength = -1;
        private string? _lastSite;
        private byte[] _buffer = new byte[256];

        public string Read(BinaryReader reader)
        {
            var length = reader.Read7BitEncodedInt();
            if (_buffer.Length < length)
            {
                _buffer = new byte[length];
            }

            reader.BaseStream.ReadExactly(_buffer, 0, length);
            if (_lastSite is not null && length == _lastLength && _buffer.AsSpan(0, length).SequenceEqual(_last.AsSpan(0, length)))
            {
                return _lastSite;
            }

            _lastSite = Encoding.UTF8.GetString(_buffer, 0, length);
            (_last, _buffer) = (_buffer, _last.Length >= 256 ? _last : new byte[Math.Max(256, length)]);
            _lastLength = length;
            return _lastSite;
        }
    }
}

/// <summary>One asset as the partitions keep it: where it was read, and its profile.</summary>
internal readonly record struct AssetRecord(string Id, string? Name, string? Site, string File, long Line, int Profile);
