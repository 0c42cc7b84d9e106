using System.Globalization;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Registries;

/// <summary>
/// Longest-prefix look-up of MAC addresses in the IEEE MA-S, IAB, MA-M and MA-L registries. MA-M, MA-S and IAB
/// blocks are carved out of MA-L blocks registered to the IEEE Registration Authority itself, so the longer
/// prefixes are only consulted under those blocks. Look-ups run per address of an inventory, so they allocate
/// nothing and read a flat table (docs/performance.md, "MAC look-ups").
/// </summary>
public sealed class MacRegistry
{
    /// <summary>Set on a 24-bit block's value when MA-M, MA-S or IAB assignments lie under it.</summary>
    private const uint Subdivided = 1u << 23;
    private const uint AssignmentMask = Subdivided - 1;

    /// <summary>Assignments by number; number 0 is "none", so a block without an MA-L holder gives null.</summary>
    private readonly MacAssignment?[] _assignments;
    private readonly MacPrefixTable _table;

    private MacRegistry(MacAssignment?[] assignments, MacPrefixTable table, IReadOnlyList<RegistrySnapshot> snapshots, int count)
    {
        _assignments = assignments;
        _table = table;
        Snapshots = snapshots;
        Count = count;
    }

    public IReadOnlyList<RegistrySnapshot> Snapshots { get; }

    /// <summary>The number of distinct registered prefixes.</summary>
    internal int Count { get; }

    /// <summary>Loads ieee-ma-l.tsv, ieee-ma-m.tsv, ieee-ma-s.tsv and ieee-iab.tsv from <paramref name="directory"/>.</summary>
    public static MacRegistry Load(string directory)
    {
        var assignments = new List<MacAssignment?> { null };
        var prefixes = new Dictionary<ulong, uint>();
        var snapshots = new List<RegistrySnapshot>
        {
            AddFile(directory, RegistryDefinition.MaL, MacRegistryKind.MaL, assignments, prefixes),
            AddFile(directory, RegistryDefinition.MaM, MacRegistryKind.MaM, assignments, prefixes),
            AddFile(directory, RegistryDefinition.MaS, MacRegistryKind.MaS, assignments, prefixes),
            AddFile(directory, RegistryDefinition.Iab, MacRegistryKind.Iab, assignments, prefixes),
        };
        var count = prefixes.Values.Count(v => (v & AssignmentMask) != 0);
        return new MacRegistry([.. assignments], new MacPrefixTable(prefixes), snapshots, count);
    }

    /// <summary>Adds a snapshot's rows: each assignment gets the next number, stored under its prefix's key.</summary>
    private static RegistrySnapshot AddFile(string directory, RegistryDefinition definition, MacRegistryKind kind, List<MacAssignment?> assignments, Dictionary<ulong, uint> prefixes)
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

            if (assignments.Count > AssignmentMask)
            {
                throw new InvalidDataException($"{path}: more than {AssignmentMask} assignments in the MAC registries");
            }

            assignments.Add(new MacAssignment(kind, prefix, row[1], snapshot));
            var number = (uint)(assignments.Count - 1);

            // A prefix listed again replaces the earlier row, as the snapshot builder keeps the last listing.
            switch (kind)
            {
                case MacRegistryKind.MaL:
                    var block = MacPrefixTable.Key(value, MacPrefixTable.Length24);
                    prefixes[block] = (prefixes.GetValueOrDefault(block) & Subdivided) | number;
                    break;
                case MacRegistryKind.MaM:
                    prefixes[MacPrefixTable.Key(value, MacPrefixTable.Length28)] = number;
                    MarkSubdivided(prefixes, value >> 4);
                    break;
                default:
                    prefixes[MacPrefixTable.Key(value, MacPrefixTable.Length36)] = number;
                    MarkSubdivided(prefixes, value >> 12);
                    break;
            }
        }

        return snapshot;
    }

    private static void MarkSubdivided(Dictionary<ulong, uint> prefixes, ulong oui)
    {
        var block = MacPrefixTable.Key(oui, MacPrefixTable.Length24);
        prefixes[block] = prefixes.GetValueOrDefault(block) | Subdivided;
    }

    /// <summary>Writes the assignments and the table as compiled, for <see cref="RegistryImage"/>.</summary>
    internal void WriteTo(BinaryWriter writer, IReadOnlyList<RegistrySnapshot> snapshots)
    {
        writer.Write(Count);
        writer.Write(_assignments.Length);
        foreach (var assignment in _assignments)
        {
            writer.Write(assignment is not null);
            if (assignment is not null)
            {
                writer.Write((byte)assignment.Registry);
                writer.Write(assignment.Prefix);
                writer.Write(assignment.Organisation);
                writer.Write((byte)IndexOf(snapshots, assignment.Snapshot));
            }
        }

        var slots = _table.Slots;
        writer.Write(slots.Length);
        foreach (var slot in slots)
        {
            writer.Write(slot);
        }
    }

    /// <summary>Reads what <see cref="WriteTo"/> wrote; <paramref name="snapshots"/> are the image's snapshots, in its order.</summary>
    internal static MacRegistry ReadFrom(BinaryReader reader, IReadOnlyList<RegistrySnapshot> snapshots)
    {
        var count = reader.ReadInt32();
        var assignments = new MacAssignment?[CheckedLength(reader.ReadInt32())];
        for (var i = 0; i < assignments.Length; i++)
        {
            if (reader.ReadBoolean())
            {
                var kind = (MacRegistryKind)reader.ReadByte();
                if (!Enum.IsDefined(kind))
                {
                    throw new InvalidDataException($"unknown MAC registry kind {kind}");
                }

                assignments[i] = new MacAssignment(kind, reader.ReadString(), reader.ReadString(), snapshots[reader.ReadByte()]);
            }
        }

        var slots = new ulong[CheckedLength(reader.ReadInt32())];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = reader.ReadUInt64();
            if (((slots[i] >> 40) & AssignmentMask) >= (ulong)assignments.Length)
            {
                throw new InvalidDataException("a MAC prefix names an assignment the image does not hold");
            }
        }

        var snapshotsOfMacs = snapshots.Take(snapshots.Count - 1).ToList();
        return new MacRegistry(assignments, new MacPrefixTable(slots), snapshotsOfMacs, count);
    }

    private static int CheckedLength(int length) =>
        length is >= 0 and <= 1 << 24 ? length : throw new InvalidDataException($"implausible table length {length}");

    private static int IndexOf(IReadOnlyList<RegistrySnapshot> snapshots, RegistrySnapshot snapshot)
    {
        for (var i = 0; i < snapshots.Count; i++)
        {
            if (ReferenceEquals(snapshots[i], snapshot))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"assignment of an unknown snapshot {snapshot.File}");
    }

    /// <summary>The most specific assignment covering <paramref name="mac"/>, or null.</summary>
    public MacAssignment? Lookup(MacAddress mac)
    {
        var block = _table.Find(MacPrefixTable.Key(mac.Prefix(24), MacPrefixTable.Length24));
        if ((block & Subdivided) != 0)
        {
            var small = _table.Find(MacPrefixTable.Key(mac.Prefix(36), MacPrefixTable.Length36));
            if (small != 0)
            {
                return _assignments[(int)small];
            }

            var medium = _table.Find(MacPrefixTable.Key(mac.Prefix(28), MacPrefixTable.Length28));
            if (medium != 0)
            {
                return _assignments[(int)medium];
            }
        }

        return _assignments[(int)(block & AssignmentMask)];
    }
}
