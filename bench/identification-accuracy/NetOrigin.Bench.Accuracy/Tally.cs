using System.Globalization;

namespace NetOrigin.Bench.Accuracy;

/// <summary>Counts for one slice of one half of a corpus (one identifier kind, or all of them).</summary>
internal sealed class Tally
{
    /// <summary>Device/OS-maker rows, and those whose label names an organisation in the graph.</summary>
    public int Rows { get; set; }
    public int LabelInGraph { get; set; }

    /// <summary>End to end: rows `netorigin identify` gave a maker (device, else OS), and those naming the label's company.</summary>
    public int Answered { get; set; }
    public int Correct { get; set; }
    public int AnsweredLabelInGraph { get; set; }

    /// <summary>
    /// Device-label rows answered with the operating system's maker only (no device maker): answered in the issue's
    /// sense ("a host known only by its OS counts as answered when os_vendor names the OS maker"), yet no claim
    /// about the device's maker, so not in precision.
    /// </summary>
    public int OsOnly { get; set; }

    /// <summary>Fingerprints alone: rows where a fingerprint named a maker, and those naming the label's maker.</summary>
    public int Named { get; set; }
    public int NamedCorrect { get; set; }

    public static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
