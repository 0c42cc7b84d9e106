using System.Globalization;

namespace NetOrigin.Identification.Registries;

/// <summary>IANA Private Enterprise Numbers: the number under 1.3.6.1.4.1 that SNMP agents report.</summary>
public sealed class EnterpriseRegistry
{
    private readonly Dictionary<long, string> _names = [];

    private EnterpriseRegistry(RegistrySnapshot snapshot) => Snapshot = snapshot;

    internal RegistrySnapshot Snapshot { get; }

    internal int Count => _names.Count;

    internal static EnterpriseRegistry Load(string directory)
    {
        var path = Path.Combine(directory, RegistryDefinition.EnterpriseNumbers.FileName);
        var (snapshot, rows) = SnapshotFile.Read(path, 2);
        var registry = new EnterpriseRegistry(snapshot);
        foreach (var row in rows)
        {
            if (!long.TryParse(row[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                throw new InvalidDataException($"{path}: '{row[0]}' is not an enterprise number");
            }

            registry._names[number] = row[1];
        }

        return registry;
    }

    /// <summary>Writes the numbers and names, for <see cref="RegistryImage"/>.</summary>
    internal void WriteTo(BinaryWriter writer)
    {
        writer.Write(_names.Count);
        foreach (var (number, name) in _names)
        {
            writer.Write(number);
            writer.Write(name);
        }
    }

    /// <summary>Reads what <see cref="WriteTo"/> wrote.</summary>
    internal static EnterpriseRegistry ReadFrom(BinaryReader reader, RegistrySnapshot snapshot)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > 1 << 24)
        {
            throw new InvalidDataException($"implausible enterprise count {count}");
        }

        var registry = new EnterpriseRegistry(snapshot);
        registry._names.EnsureCapacity(count);
        for (var i = 0; i < count; i++)
        {
            registry._names[reader.ReadInt64()] = reader.ReadString();
        }

        return registry;
    }

    internal string? Lookup(long enterpriseNumber) => _names.GetValueOrDefault(enterpriseNumber);
}
