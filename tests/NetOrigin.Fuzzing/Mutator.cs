using System.Text;

namespace NetOrigin.Fuzzing;

/// <summary>How large the mutator may make things.</summary>
/// <param name="MaxInputBytes">No mutated input is longer than this (it is cut).</param>
/// <param name="MaxHugeField">The longest run a "huge field" mutation inserts.</param>
public sealed record MutatorLimits(int MaxInputBytes, int MaxHugeField)
{
    /// <summary>For the test suite: big enough to cross the readers' bounds now and then, small enough to stay fast.</summary>
    public static readonly MutatorLimits Tests = new(256 << 10, 128 << 10);

    /// <summary>For long runs: past every bound the product sets on lines, records and patterns.</summary>
    public static readonly MutatorLimits Long = new(4 << 20, 2 << 20);
}

/// <summary>
/// Makes one fuzz input from a seed: one to four mutations stacked — bit flips, bytes set to ones parsers care
/// about, cut and repeated ranges, truncation, splices of the format's own tokens, huge fields, invalid UTF-8 and
/// UTF-16, line-level structure edits (drop, repeat, swap, indent), extreme numbers and dates, and cross-overs with
/// another seed. Every choice comes from the <see cref="FuzzRandom"/> it is given.
/// </summary>
public static class Mutator
{
    private static readonly byte[] InterestingBytes =
        [0x00, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x27, 0x2C, 0x2D, 0x3A, 0x7B, 0x7D, 0x5B, 0x5D, 0x26, 0x2A, 0x3C, 0x3E, 0x5C, 0x7C, 0x23, 0x7F, 0x80, 0xC0, 0xED, 0xFE, 0xFF];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xE2, 0x82], [0xF0, 0x9F], [0xFE], [0xFF],
    ];

    private static readonly string[] ExtremeValues =
    [
        "0", "-1", "-0", "9999", "99999999999999999999", "1e308", "1e-400", "NaN", "Infinity", "2147483648", "-2147483649",
        "9999-12-31", "0001-01-01", "0000-00-00", "2024-02-30", "10000-01-01", "1970-01-01T00:00:00Z", "18446744073709551616",
    ];

    private static readonly string[] HugeUnits = ["A", "(", "[", "{", "\"", "*", "a*", "&a ", "*a, ", ",", "\t", "é", "\\", "- ", "  ", "\n", "<a>", "|", "?"];

    private delegate byte[] Mutation(byte[] input, ref FuzzRandom random, MutationContext context);

    private sealed record MutationContext(IReadOnlyList<byte[]> Tokens, IReadOnlyList<byte[]> Seeds, MutatorLimits Limits);

    private static readonly (string Name, int Weight, Mutation Apply)[] Mutations =
    [
        ("flip-bit", 3, FlipBit),
        ("set-byte", 3, SetByte),
        ("delete-range", 2, DeleteRange),
        ("repeat-range", 2, RepeatRange),
        ("truncate", 1, Truncate),
        ("splice-token", 5, SpliceToken),
        ("replace-token", 2, ReplaceToken),
        ("huge-field", 1, HugeField),
        ("invalid-utf8", 2, InsertInvalidUtf8),
        ("invalid-utf16", 1, AsInvalidUtf16),
        ("line-edit", 4, EditLines),
        ("extreme-number", 2, ExtremeNumber),
        ("cross-over", 1, CrossOver),
    ];

    private static readonly int TotalWeight = Mutations.Sum(m => m.Weight);

    /// <summary>A mutated copy of one of <paramref name="seeds"/>, and the names of the mutations applied.</summary>
    public static (byte[] Input, string Mutations) Mutate(IReadOnlyList<byte[]> seeds, IReadOnlyList<byte[]> tokens, ref FuzzRandom random, MutatorLimits limits)
    {
        var seedIndex = random.Below(seeds.Count);
        var input = seeds.Count == 0 ? [] : seeds[seedIndex];
        var context = new MutationContext(tokens, seeds, limits);
        var count = 1 + (random.Chance(50) ? 0 : random.Chance(50) ? 1 : random.Below(3) + 1);
        var names = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var pick = random.Below(TotalWeight);
            foreach (var (name, weight, apply) in Mutations)
            {
                if ((pick -= weight) < 0)
                {
                    input = apply(input, ref random, context);
                    names.Add(name);
                    break;
                }
            }

            if (input.Length > limits.MaxInputBytes)
            {
                input = input[..limits.MaxInputBytes];
            }
        }

        return (input, $"seed {seedIndex}: {string.Join(", ", names)}");
    }

    private static byte[] FlipBit(byte[] input, ref FuzzRandom random, MutationContext context)
    {
        if (input.Length == 0)
        {
            return [(byte)random.Below(256)];
        }

        var output = (byte[])input.Clone();
        output[random.Below(output.Length)] ^= (byte)(1 << random.Below(8));
        return output;
    }

    private static byte[] SetByte(byte[] input, ref FuzzRandom random, MutationContext context)
    {
        var value = random.Pick(InterestingBytes);
        if (input.Length == 0 || random.Chance(30))
        {
            return Insert(input, random.Below(input.Length + 1), [value]);
        }

        var output = (byte[])input.Clone();
        output[random.Below(output.Length)] = value;
        return output;
    }

    private static byte[] DeleteRange(byte[] input, ref FuzzRandom random, MutationContext context)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var start = random.Below(input.Length);
        var length = Math.Min(random.Size(Math.Max(input.Length / 4, 1)), input.Length - start);
        return [.. input.AsSpan(0, start), .. input.AsSpan(start + length)];
    }

    private static byte[] RepeatRange(byte[] input, ref FuzzRandom random, MutationContext context)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var start = random.Below(input.Length);
        var length = Math.Min(random.Size(256), input.Length - start);
        var times = random.Size(64);
        var chunk = input.AsSpan(start, length).ToArray();
        var repeated = new byte[Math.Min((long)chunk.Length * times, context.Limits.MaxInputBytes)];
        for (var i = 0; i < repeated.Length; i++)
        {
            repeated[i] = chunk[i % chunk.Length];
        }

        return Insert(input, random.Below(input.Length + 1), repeated);
    }

    private static byte[] Truncate(byte[] input, ref FuzzRandom random, MutationContext context) =>
        input.Length == 0 ? input : input[..random.Below(input.Length)];

    private static byte[] SpliceToken(byte[] input, ref FuzzRandom random, MutationContext context)
    {
        if (context.Tokens.Count == 0)
        {
            return SetByte(input, ref random, context);
        }

        var token = random.Pick(context.Tokens);
        var at = random.Chance(40) ? LineStart(input, ref random) : random.Below(input.Length + 1);
        return Insert(input, at, token);
    }

    private static byte[] ReplaceToken(byte[] input, ref FuzzRandom random, MutationContext context)
    {
        if (context.Tokens.Count < 2)
        {
            return SpliceToken(input, ref random, context);
        }

        var from = random.Pick(context.Tokens);
        var at = input.AsSpan().IndexOf(from);
        if (at < 0 || from.Length == 0)
        {
            return SpliceToken(input, ref random, context);
        }

        return [.. input.AsSpan(0, at), .. random.Pick(context.Tokens), .. input.AsSpan(at + from.Length)];
    }

    private static byte[] HugeField(byte[] input, ref FuzzRandom random, MutationContext context)
    {
        var unit = random.Chance(30) && context.Tokens.Count > 0 ? random.Pick(context.Tokens) : Encoding.UTF8.GetBytes(random.Pick(HugeUnits));
        if (unit.Length == 0)
        {
            unit = "A"u8.ToArray();
        }

        var length = random.Chance(50) ? 1024 + random.Below(context.Limits.MaxHugeField) : random.Size(context.Limits.MaxHugeField);
        var huge = new byte[length];
        for (var i = 0; i < huge.Length; i++)
        {
            huge[i] = unit[i % unit.Length];
        }

        return Insert(input, random.Below(input.Length + 1), huge);
    }

    private static byte[] InsertInvalidUtf8(byte[] input, ref FuzzRandom random, MutationContext context) =>
        Insert(input, random.Below(input.Length + 1), random.Pick(InvalidUtf8));

    /// <summary>The text as UTF-16 with a byte-order mark, then broken: a lone surrogate, a cut pair or an odd byte.</summary>
    private static byte[] AsInvalidUtf16(byte[] input, ref FuzzRandom random, MutationContext context)
    {
        var bigEndian = random.Chance(30);
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var text = Encoding.UTF8.GetString(input);
        byte[] utf16 = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        var at = 2 + (random.Below(Math.Max((utf16.Length - 2) / 2, 1)) * 2);
        at = Math.Min(at, utf16.Length);
        byte[] broken = random.Below(3) switch
        {
            0 => bigEndian ? [0xD8, 0x3D] : [0x3D, 0xD8],
            1 => bigEndian ? [0xDC, 0x00] : [0x00, 0xDC],
            _ => [0x41],
        };
        return Insert(utf16, at, broken);
    }

    private static byte[] EditLines(byte[] input, ref FuzzRandom random, MutationContext context)
    {
        var lines = SplitLines(input);
        if (lines.Count == 0)
        {
            return SpliceToken(input, ref random, context);
        }

        var i = random.Below(lines.Count);
        switch (random.Below(6))
        {
            case 0:
                lines.RemoveAt(i);
                break;
            case 1:
                var times = random.Size(random.Chance(10) ? 20_000 : 50);
                var line = lines[i];
                lines.InsertRange(i, Enumerable.Repeat(line, Math.Min(times, context.Limits.MaxInputBytes / Math.Max(line.Length, 1))));
                break;
            case 2:
                var j = random.Below(lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case 3:
                lines[i] = [.. Encoding.ASCII.GetBytes(new string(' ', random.Size(16))), .. lines[i]];
                break;
            case 4:
                var trimmed = lines[i].AsSpan().TrimStart((byte)' ');
                lines[i] = trimmed.ToArray();
                break;
            default:
                var other = SplitLines(random.Pick(context.Seeds));
                if (other.Count > 0)
                {
                    lines.Insert(i, random.Pick(other));
                }

                break;
        }

        return JoinLines(lines);
    }

    private static byte[] ExtremeNumber(byte[] input, ref FuzzRandom random, MutationContext context)
    {
        var start = random.Below(input.Length + 1);
        var digit = input.AsSpan(start).IndexOfAnyInRange((byte)'0', (byte)'9');
        var value = Encoding.ASCII.GetBytes(random.Pick(ExtremeValues));
        if (digit < 0)
        {
            return Insert(input, start, value);
        }

        var from = start + digit;
        var to = from;
        while (to < input.Length && (char.IsAsciiDigit((char)input[to]) || input[to] is (byte)'-' or (byte)'.'))
        {
            to++;
        }

        return [.. input.AsSpan(0, from), .. value, .. input.AsSpan(to)];
    }

    private static byte[] CrossOver(byte[] input, ref FuzzRandom random, MutationContext context)
    {
        var other = random.Pick(context.Seeds);
        return [.. input.AsSpan(0, random.Below(input.Length + 1)), .. other.AsSpan(random.Below(other.Length + 1))];
    }

    private static int LineStart(byte[] input, ref FuzzRandom random)
    {
        var at = random.Below(input.Length + 1);
        var newline = input.AsSpan(0, at).LastIndexOf((byte)'\n');
        return newline + 1;
    }

    private static byte[] Insert(byte[] input, int at, ReadOnlySpan<byte> inserted) =>
        [.. input.AsSpan(0, at), .. inserted, .. input.AsSpan(at)];

    private static List<byte[]> SplitLines(byte[] input)
    {
        var lines = new List<byte[]>();
        var rest = input.AsSpan();
        while (!rest.IsEmpty)
        {
            var newline = rest.IndexOf((byte)'\n');
            var end = newline < 0 ? rest.Length : newline + 1;
            lines.Add(rest[..end].ToArray());
            rest = rest[end..];
        }

        return lines;
    }

    private static byte[] JoinLines(List<byte[]> lines)
    {
        var output = new List<byte>(lines.Sum(l => l.Length) + 1);
        foreach (var line in lines)
        {
            output.AddRange(line);
            if (line.Length == 0 || line[^1] != (byte)'\n')
            {
                output.Add((byte)'\n');
            }
        }

        return [.. output];
    }
}
