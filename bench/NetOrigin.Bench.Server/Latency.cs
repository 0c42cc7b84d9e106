/// <summary>Percentiles of measured times (nearest rank).</summary>
internal static class Latency
{
    public static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
    }
}
