using System.Globalization;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Registries;

/// <summary>
/// Longest-prefix look-up of MAC addresses in the IEEE MA-S, IAB, MA-M and MA-L registries. MA-M, MA-S and IAB
/// blocks are carved out of MA-L blocks registered to the IEEE Registration Authority itself, so the longer
/// prefixes are only consulted under those blocks.
/// </summary>
public sealed class MacRegistry
{
    private readonly Dictionary<uint, MacAssignment> _mal = [];
    private readonly Dictionary<uint, MacAssignment> _mam = [];
    private readonly Dictionary<ulong, MacAssignment> _mas = [];
    private readonly HashSet<uint> _subdividedBlocks = [];

    public IReadOnlyList<RegistrySnapshot> Snapshots { get; private set; } = [];

    public int Count => _mal.Count + _mam.Count + _mas.Count;

    /// <summary>Loads ieee-ma-l.tsv, ieee-ma-m.tsv, ieee-ma-s.tsv and ieee-iab.tsv from <paramref name="directory"/>.</summary>
    public static MacRegistry Load(string directory)
    {
        var registry = new MacRegistry();
        var snapshots = new List<RegistrySnapshot>
        {
            registry.AddFile(directory, RegistryDefinition.MaL, MacRegistryKind.MaL),
            registry.AddFile(directory, RegistryDefinition.MaM, MacRegistryKind.MaM),
            registry.AddFile(directory, RegistryDefinition.MaS, MacRegistryKind.MaS),
            registry.AddFile(directory, RegistryDefinition.Iab, MacRegistryKind.Iab),
        };
        registry.Snapshots = snapshots;
        return registry;
    }

    private RegistrySnapshot AddFile(string directory, RegistryDefinition definition, MacRegistryKind kind)
    {
        var path = Path.Combine(directory, definition.FileName);
        var hexDigits = definition.HexDigits;
        var (snapshot, rows) = SnapshotFile.Read(path, 2);
        foreach (var row in rows)
        {
            var prefix = row[0];
            if (prefix.Length != hexDigits || !ulong.TryParse(prefix, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidDataException($"{path}: '{prefix}' is not a {hexDigits}-digit hexadecimal prefix");
            }

            var assignment = new MacAssignment(kind, prefix, row[1], snapshot);
            switch (kind)
            {
                case MacRegistryKind.MaL:
                    _mal[(uint)value] = assignment;
                    break;
                case MacRegistryKind.MaM:
                    _mam[(uint)value] = assignment;
                    _subdividedBlocks.Add((uint)(value >> 4));
                    break;
                default:
                    _mas[value] = assignment;
                    _subdividedBlocks.Add((uint)(value >> 12));
                    break;
            }
        }

        return snapshot;
    }

    /// <summary>The most specific assignment covering <paramref name="mac"/>, or null.</summary>
    public MacAssignment? Lookup(MacAddress mac)
    {
        var oui = (uint)mac.Prefix(24);
        if (_subdividedBlocks.Contains(oui))
        {
            if (_mas.TryGetValue(mac.Prefix(36), out var small))
            {
                return small;
            }

            if (_mam.TryGetValue((uint)mac.Prefix(28), out var medium))
            {
                return medium;
            }
        }

        return _mal.TryGetValue(oui, out var large) ? large : null;
    }
}
