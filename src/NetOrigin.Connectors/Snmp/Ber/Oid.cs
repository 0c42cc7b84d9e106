using System.Globalization;

namespace NetOrigin.Connectors.Snmp.Ber;

/// <summary>An object identifier as its arcs, ordered as SNMP orders them (lexicographically by arc).</summary>
public sealed class Oid : IComparable<Oid>, IEquatable<Oid>
{
    /// <summary>Longest OID accepted (RFC 2578 allows 128 sub-identifiers).</summary>
    public const int MaxArcs = 128;

    private readonly uint[] _arcs;

    public Oid(params uint[] arcs)
    {
        if (arcs.Length is < 2 or > MaxArcs)
        {
            throw new ArgumentException($"an OID has 2 to {MaxArcs} arcs", nameof(arcs));
        }

        _arcs = arcs;
    }

    public IReadOnlyList<uint> Arcs => _arcs;

    public static Oid Parse(string text) =>
        TryParse(text, out var oid) ? oid : throw new FormatException($"'{text}' is not an OID in dotted form");

    public static bool TryParse(string text, out Oid oid)
    {
        oid = null!;
        var parts = text.TrimStart('.').Split('.');
        if (parts.Length is < 2 or > MaxArcs)
        {
            return false;
        }

        var arcs = new uint[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!uint.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out arcs[i]))
            {
                return false;
            }
        }

        if (arcs[0] > 2 || (arcs[0] < 2 && arcs[1] > 39))
        {
            return false;
        }

        oid = new Oid(arcs);
        return true;
    }

    /// <summary>This OID with more arcs appended (a table column's instance, a scalar's .0).</summary>
    public Oid Append(params uint[] more) => new([.. _arcs, .. more]);

    public bool StartsWith(Oid prefix)
    {
        if (prefix._arcs.Length > _arcs.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix._arcs.Length; i++)
        {
            if (_arcs[i] != prefix._arcs[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The arcs after <paramref name="prefix"/> (a table row's index).</summary>
    public uint[] After(Oid prefix) => _arcs[prefix._arcs.Length..];

    public byte[] Encode()
    {
        var bytes = new List<byte>(_arcs.Length + 4);
        AppendArc(bytes, (_arcs[0] * 40) + _arcs[1]);
        for (var i = 2; i < _arcs.Length; i++)
        {
            AppendArc(bytes, _arcs[i]);
        }

        return [.. bytes];
    }

    public static Oid Decode(ReadOnlySpan<byte> contents)
    {
        if (contents.IsEmpty)
        {
            throw new BerException("an OID has no bytes");
        }

        var arcs = new List<uint>(16);
        ulong value = 0;
        var pending = false;
        foreach (var b in contents)
        {
            if (!pending && b == 0x80)
            {
                throw new BerException("an OID arc starts with a padding byte");
            }

            value = (value << 7) | (uint)(b & 0x7F);
            if (value > uint.MaxValue)
            {
                throw new BerException("an OID arc is larger than 2^32-1");
            }

            pending = (b & 0x80) != 0;
            if (pending)
            {
                continue;
            }

            if (arcs.Count == 0)
            {
                var first = value < 40 ? 0u : value < 80 ? 1u : 2u;
                arcs.Add(first);
                arcs.Add((uint)(value - (first * 40)));
            }
            else
            {
                arcs.Add((uint)value);
            }

            if (arcs.Count > MaxArcs)
            {
                throw new BerException($"an OID has more than {MaxArcs} arcs");
            }

            value = 0;
        }

        return pending ? throw new BerException("an OID ends inside an arc") : new Oid([.. arcs]);
    }

    private static void AppendArc(List<byte> bytes, uint arc)
    {
        var start = bytes.Count;
        bytes.Add((byte)(arc & 0x7F));
        arc >>= 7;
        while (arc != 0)
        {
            bytes.Insert(start, (byte)(0x80 | (arc & 0x7F)));
            arc >>= 7;
        }
    }

    public int CompareTo(Oid? other)
    {
        if (other is null)
        {
            return 1;
        }

        var n = Math.Min(_arcs.Length, other._arcs.Length);
        for (var i = 0; i < n; i++)
        {
            if (_arcs[i] != other._arcs[i])
            {
                return _arcs[i].CompareTo(other._arcs[i]);
            }
        }

        return _arcs.Length.CompareTo(other._arcs.Length);
    }

    public bool Equals(Oid? other) => other is not null && _arcs.AsSpan().SequenceEqual(other._arcs);

    public override bool Equals(object? obj) => Equals(obj as Oid);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var arc in _arcs)
        {
            hash.Add(arc);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join('.', _arcs);
}
