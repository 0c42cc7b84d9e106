using System.Text;

namespace NetOrigin.Testing;

/// <summary>
/// Deterministic mutations of a valid input, for fuzzing parsers in the test suite: byte flips, truncation,
/// deletions, duplicated and spliced slices, huge runs, invalid UTF-8 and structural characters inserted. The same
/// seed gives the same cases on every machine, so a failure is reproducible by its case number.
/// </summary>
public sealed class SeededMutator(int seed)
{
    private static readonly byte[][] Tokens =
    [
        "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "\""u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(),
        "<"u8.ToArray(), ">"u8.ToArray(), "</"u8.ToArray(), "&amp;"u8.ToArray(), "<!DOCTYPE x [<!ENTITY e \"e\">]>"u8.ToArray(),
        "\\ud800"u8.ToArray(), "null"u8.ToArray(), "-1"u8.ToArray(), "1e999"u8.ToArray(), [0xFF, 0xFE], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0],
        [0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF], [0x06, 0x81, 0xFF], [0x02, 0x09, 0x01], [0x04, 0x82, 0xFF, 0xFF],
    ];

    private readonly Random _random = new(seed);

    public IEnumerable<byte[]> Cases(byte[] valid, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Mutate(valid, 1 + _random.Next(3));
        }
    }

    public IEnumerable<string> Cases(string valid, int count) =>
        Cases(Encoding.UTF8.GetBytes(valid), count).Select(b => Encoding.UTF8.GetString(b));

    private byte[] Mutate(byte[] input, int rounds)
    {
        var data = new List<byte>(input);
        for (var round = 0; round < rounds; round++)
        {
            var at = data.Count == 0 ? 0 : _random.Next(data.Count);
            switch (_random.Next(8))
            {
                case 0 when data.Count > 0:
                    data[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(64)));
                    break;
                case 3 when data.Count > 0:
                    var length = Math.Min(data.Count - at, 1 + _random.Next(256));
                    data.InsertRange(_random.Next(data.Count), data.GetRange(at, length));
                    break;
                case 4:
                    data.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                    break;
                case 5:
                    data.InsertRange(at, Enumerable.Repeat((byte)"aA0<{\"\\"[_random.Next(7)], 1 << _random.Next(8, 17)));
                    break;
                case 6 when data.Count > 0:
                    data[at] = (byte)_random.Next(256);
                    break;
                default:
                    data.InsertRange(at, [(byte)_random.Next(0x80, 0x100)]);
                    break;
            }
        }

        return [.. data];
    }
}
