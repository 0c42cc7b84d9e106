namespace NetOrigin.Fuzzing;

/// <summary>
/// Shrinks a failing input to a small one that fails the same way (same <see cref="FuzzResult.Signature"/>), for the
/// regression corpus: whole lines are dropped first, then ever smaller byte ranges, each kept out only when the
/// failure stays. Bounded by a number of attempts, so a slow failure cannot make it run for ever.
/// </summary>
public static class Minimiser
{
    public static byte[] Minimise(FuzzRunner runner, IFuzzTarget target, byte[] input, int maxAttempts = 1500)
    {
        var signature = runner.Run(target, input).Signature;
        var attempts = 0;
        bool StillFails(byte[] candidate) => attempts++ < maxAttempts && runner.Run(target, candidate).Signature == signature;

        var current = DropLines(input, StillFails);
        for (var chunk = Math.Max(current.Length / 2, 1); chunk >= 1 && attempts < maxAttempts; chunk /= 2)
        {
            for (var start = 0; start < current.Length && attempts < maxAttempts;)
            {
                var length = Math.Min(chunk, current.Length - start);
                byte[] candidate = [.. current.AsSpan(0, start), .. current.AsSpan(start + length)];
                if (StillFails(candidate))
                {
                    current = candidate;
                }
                else
                {
                    start += length;
                }
            }
        }

        return current;
    }

    private static byte[] DropLines(byte[] input, Func<byte[], bool> stillFails)
    {
        var lines = Split(input);
        for (var chunk = Math.Max(lines.Count / 2, 1); chunk >= 1; chunk /= 2)
        {
            for (var start = 0; start < lines.Count;)
            {
                var candidate = lines.Take(start).Concat(lines.Skip(start + chunk)).ToList();
                if (candidate.Count < lines.Count && stillFails(Join(candidate)))
                {
                    lines = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        return Join(lines);
    }

    private static List<byte[]> Split(byte[] input)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == (byte)'\n')
            {
                lines.Add(input[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < input.Length)
        {
            lines.Add(input[start..]);
        }

        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => [.. lines.SelectMany(l => l)];
}
