using System.Globalization;
using System.Text;
using NetOrigin.Entities;
using NetOrigin.Identification.Fingerprints;
using NetOrigin.Inventory;
using NetOrigin.ReferenceData;

namespace NetOrigin.Bench.Accuracy;

/// <summary>
/// Scores `netorigin identify` output against a corpus's labels, for its tuning and its validation half. Labels are
/// matched to organisations through the organisation graph (the product's own resolver); an answer is right when
/// it names the label's company — the same organisation under any of its names or brands, or the company the
/// label's maker became by the run date. Besides the end-to-end figures it scores the fingerprints alone (the
/// maker a fingerprint names, compared with the label by normalised name), which measures the fingerprint
/// database independently of how many makers the organisation data holds.
/// </summary>
internal static class Scorer
{
    private static readonly string[] DefaultCovered = ["huawei-technologies", "zte", "hikvision", "dahua", "hytera"];

    public static int Run(CorpusKind kind, string corpusPath, string outputPath, string dataDirectory, string[] options)
    {
        var asOf = Option(options, "--as-of") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DateOnly.FromDateTime(DateTime.UtcNow);
        var detailsPath = Option(options, "--details");
        var data = ReferenceDataSet.Load(dataDirectory);
        var judge = new CompanyJudge(data, asOf);
        var covered = new CoveredGroups(data, Option(options, "--covered")?.Split(',') ?? DefaultCovered, asOf);
        var catalog = data.Fingerprints(Option(options, "--fingerprints"));
        var answers = IdentifyOutput.Read(outputPath);

        var halves = new SortedDictionary<string, HalfScore>(StringComparer.Ordinal)
        {
            [CorpusSplit.Validation] = new(),
            [CorpusSplit.Tuning] = new(),
        };
        var details = new StringBuilder();
        foreach (var row in Corpus.Read(kind, corpusPath))
        {
            var score = halves[row.Half];
            score.Families.Add(row.Family);
            if (row.Fields.Count == 0)
            {
                score.NotConverted++;
                continue;
            }

            var label = row.Label.Length > 0 ? judge.Organisation(row.Label) : null;
            var answerName = answers.TryGetValue(row.Id, out var answer) ? answer.For(row.IsOsLabel) : "";
            var answered = answerName.Length > 0 ? judge.Organisation(answerName) : null;
            var namedVendor = NamedVendor(catalog, row);

            if (label is not null && covered.Contains(label))
            {
                score.CoveredRows.Add((row, label, answered));
            }
            else if (answered is not null && covered.Contains(answered))
            {
                score.FalseAccusations.Add((row, answered));
            }

            if (!row.IsDeviceOrOsMaker)
            {
                score.ServiceRows++;
                continue;
            }

            var correct = answerName.Length > 0 && judge.Same(answerName, row.Label, row.Text);
            var namedCorrect = namedVendor is not null && judge.Same(namedVendor, row.Label, row.Text);
            foreach (var slice in new[] { row.Slice, "all kinds" })
            {
                if (!score.Tallies.TryGetValue(slice, out var tally))
                {
                    score.Tallies[slice] = tally = new Tally();
                }

                tally.Rows++;
                tally.LabelInGraph += label is not null ? 1 : 0;
                tally.OsOnly += answerName.Length == 0 && answer is { OsOnly: true } ? 1 : 0;
                if (answerName.Length > 0)
                {
                    tally.Answered++;
                    tally.AnsweredLabelInGraph += label is not null ? 1 : 0;
                    tally.Correct += correct ? 1 : 0;
                }

                if (namedVendor is not null)
                {
                    tally.Named++;
                    tally.NamedCorrect += namedCorrect ? 1 : 0;
                }
            }

            // Misses are listed for the tuning half only: the validation half is read as figures, never row by row.
            if (row.Half == CorpusSplit.Tuning && (!correct || !namedCorrect))
            {
                var verdict = answerName.Length == 0 ? "none" : correct ? "right" : "wrong";
                details.Append(CultureInfo.InvariantCulture, $"{verdict}\t{row.Slice}\t{row.VendorField}\t{row.Label}\t{namedVendor ?? "-"}\t{(answerName.Length > 0 ? answerName : "-")}\t{row.Family}\t{Oneline(row.Text)}\n");
            }
        }

        if (detailsPath is not null)
        {
            File.WriteAllText(detailsPath, "answer_verdict\tkind\tfield\tlabel\tfingerprint_vendor\tanswer\tfamily\ttext\n" + details);
        }

        Report(kind, corpusPath, halves, covered, asOf);
        return 0;
    }

    private static void Report(CorpusKind kind, string corpusPath, SortedDictionary<string, HalfScore> halves, CoveredGroups covered, DateOnly asOf)
    {
        var o = Console.Out;
        o.WriteLine($"## {kind.ToString().ToLowerInvariant()} corpus `{Path.GetFileName(corpusPath)}` — as of {asOf:yyyy-MM-dd}");
        o.WriteLine();
        o.WriteLine("| half | families | rows scored | device/OS rows | coverage | coverage with OS-only hosts | precision | covered found | false accusations |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (half, s) in halves.Reverse())
        {
            var all = s.Tallies.GetValueOrDefault("all kinds") ?? new Tally();
            var found = s.CoveredRows.Count(r => r.Answer is not null && covered.SameGroup(r.Answer, r.Label));
            o.WriteLine($"| {half} | {s.Families.Count} | {all.Rows + s.ServiceRows} | {all.Rows} | {Tally.Percent(all.Answered, all.Rows)} | {Tally.Percent(all.Answered + all.OsOnly, all.Rows)} | {Tally.Percent(all.Correct, all.Answered)} ({all.Correct}/{all.Answered}) | {found}/{s.CoveredRows.Count} | {s.FalseAccusations.Count} |");
        }

        foreach (var (half, s) in halves.Reverse())
        {
            o.WriteLine();
            o.WriteLine($"### {half} half: device/OS makers by kind ({s.NotConverted} rows without a NetOrigin column, {s.ServiceRows} software-maker rows not scored)");
            o.WriteLine();
            o.WriteLine("| kind | rows | label in graph | coverage | coverage (label in graph) | precision | fingerprint named a maker | fingerprint precision |");
            o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var (slice, t) in s.Tallies.Where(p => p.Key != "all kinds").Concat(s.Tallies.Where(p => p.Key == "all kinds")))
            {
                o.WriteLine($"| {slice} | {t.Rows} | {t.LabelInGraph} | {Tally.Percent(t.Answered, t.Rows)} | {Tally.Percent(t.AnsweredLabelInGraph, t.LabelInGraph)} | {Tally.Percent(t.Correct, t.Answered)} ({t.Correct}/{t.Answered}) | {Tally.Percent(t.Named, t.Rows)} | {Tally.Percent(t.NamedCorrect, t.Named)} ({t.NamedCorrect}/{t.Named}) |");
            }

            // Covered misses and false accusations are named for the tuning half; the validation half gives counts only.
            if (half != CorpusSplit.Tuning)
            {
                continue;
            }

            foreach (var (row, label, answer) in s.CoveredRows.Where(r => r.Answer is null || !covered.SameGroup(r.Answer, r.Label)))
            {
                o.WriteLine($"- missed covered: {row.Id} ({row.Slice}) label {row.Label} → {label.Name}; answer {answer?.Name ?? "none"}: `{Short(row.Text)}`");
            }

            foreach (var (row, answer) in s.FalseAccusations)
            {
                o.WriteLine($"- false accusation: {row.Id} ({row.Slice}) label {row.Label}; answer {answer.Name}: `{Short(row.Text)}`");
            }
        }

        o.WriteLine();
    }

    /// <summary>The maker the first fingerprint that reads one of the row's fields names: hw.vendor, else os.vendor.</summary>
    private static string? NamedVendor(FingerprintCatalog catalog, LabelledRow row)
    {
        foreach (var (column, value) in row.Fields)
        {
            if (!FieldCatalog.TryResolve(column, out var field))
            {
                continue;
            }

            var set = field is InventoryField.Model or InventoryField.PartNumber ? catalog.ModelNumbers
                : FieldCatalog.IdentifierKindOf(field) is { } kind ? catalog.For(kind) : FingerprintSet.Empty;
            if (set.First(value.Trim()) is { } match && (match.HwVendor ?? match.OsVendor) is { } vendor)
            {
                return vendor;
            }
        }

        return null;
    }

    private static string? Option(string[] options, string name)
    {
        var i = Array.IndexOf(options, name);
        return i >= 0 && i + 1 < options.Length ? options[i + 1] : null;
    }

    private static string Oneline(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');

    private static string Short(string text)
    {
        var one = Oneline(text).Replace('`', '\'');
        return one.Length <= 90 ? one : one[..90] + "…";
    }

    private sealed class HalfScore
    {
        public SortedDictionary<string, Tally> Tallies { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Families { get; } = new(StringComparer.Ordinal);
        public List<(LabelledRow Row, Organisation Label, Organisation? Answer)> CoveredRows { get; } = [];
        public List<(LabelledRow Row, Organisation Answer)> FalseAccusations { get; } = [];
        public int NotConverted { get; set; }
        public int ServiceRows { get; set; }
    }
}
