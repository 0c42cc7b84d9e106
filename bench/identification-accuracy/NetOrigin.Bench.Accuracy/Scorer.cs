using System.Globalization;
using System.Text;
using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Identification.Fingerprints;
using NetOrigin.Inventory;
using NetOrigin.ReferenceData;

namespace NetOrigin.Bench.Accuracy;

/// <summary>
/// Scores `netorigin identify` output against the corpus labels. Labels are matched to organisations through the
/// organisation graph's names and aliases (the same resolver the product uses). Besides the end-to-end figures it
/// scores the fingerprints alone (the maker name a fingerprint gives, compared with the label by normalised name),
/// which measures the fingerprint database independently of how many makers the organisation data holds.
/// </summary>
internal static class Scorer
{
    private static readonly string[] DefaultCovered = ["huawei-technologies", "zte", "hikvision", "dahua", "hytera"];

    public static int Run(string corpusPath, string outputPath, string dataDirectory, string[] options)
    {
        var asOf = Option(options, "--as-of") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DateOnly.FromDateTime(DateTime.UtcNow);
        var detailsPath = Option(options, "--details");
        var data = ReferenceDataSet.Load(dataDirectory);
        var resolver = data.Resolver;
        var covered = new CoveredGroups(data, (Option(options, "--covered")?.Split(',') ?? DefaultCovered), asOf);
        var catalog = data.Fingerprints(Option(options, "--fingerprints"));
        var answers = ReadAnswers(outputPath);
        var byName = data.Graph.Organisations.GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var tallies = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var coveredRows = new List<(CorpusRow Row, Organisation Label, Organisation? Answer, Organisation? Named)>();
        var falsePositives = new List<(CorpusRow Row, Organisation Answer)>();
        var namedFalsePositives = new List<(CorpusRow Row, Organisation Named)>();
        var details = new StringBuilder();
        int notConverted = 0, serviceRows = 0;
        foreach (var row in CorpusRow.Read(corpusPath))
        {
            if (row.Column is not { } column)
            {
                notConverted++;
                continue;
            }

            var label = row.Label.Length > 0 ? resolver.Resolve(row.Label, asOf)?.Organisation : null;
            // An answer is a listed organisation's name, or the name of a maker the organisation data does not list
            // (named by a registry or fingerprint); the latter is judged by its name against the label.
            var answerName = answers.TryGetValue(row.Id, out var name) ? name : "";
            var answer = answerName.Length > 0 ? byName.GetValueOrDefault(answerName) : null;
            var namedVendor = NamedVendor(catalog, column, row.Text);
            var named = namedVendor is null ? null : resolver.Resolve(namedVendor, asOf)?.Organisation;

            var labelCovered = label is not null && covered.Contains(label);
            if (labelCovered)
            {
                coveredRows.Add((row, label!, answer, named));
            }
            else
            {
                if (answer is not null && covered.Contains(answer))
                {
                    falsePositives.Add((row, answer));
                }

                if (named is not null && covered.Contains(named))
                {
                    namedFalsePositives.Add((row, named));
                }
            }

            if (!row.IsDeviceOrOsMaker)
            {
                serviceRows++;
                continue;
            }

            foreach (var key in new[] { column, "all kinds" })
            {
                if (!tallies.TryGetValue(key, out var tally))
                {
                    tallies[key] = tally = new Tally();
                }

                tally.Rows++;
                tally.LabelInGraph += label is not null ? 1 : 0;
                if (answerName.Length > 0)
                {
                    tally.Answered++;
                    tally.AnsweredLabelInGraph += label is not null ? 1 : 0;
                    tally.Correct += (answer is not null ? ReferenceEquals(answer, label) : SameMaker(answerName, row.Label, resolver, asOf)) ? 1 : 0;
                }

                if (namedVendor is not null)
                {
                    tally.Named++;
                    tally.NamedCorrect += SameMaker(namedVendor, row.Label, resolver, asOf) ? 1 : 0;
                }
            }

            if (namedVendor is null || !SameMaker(namedVendor, row.Label, resolver, asOf) || (answer is not null && !ReferenceEquals(answer, label)) || (answer is null && answerName.Length > 0 && !SameMaker(answerName, row.Label, resolver, asOf)))
            {
                details.Append(CultureInfo.InvariantCulture, $"{column}\t{row.VendorField}\t{row.Label}\t{namedVendor ?? "-"}\t{(answerName.Length > 0 ? answerName : "-")}\t{row.Text.ReplaceLineEndings(" ").Replace('\t', ' ')}\n");
            }
        }

        if (detailsPath is not null)
        {
            File.WriteAllText(detailsPath, "kind\tfield\tlabel\tfingerprint_vendor\tanswer\ttext\n" + details);
        }

        Report(tallies, coveredRows, falsePositives, namedFalsePositives, covered, notConverted, serviceRows, asOf);
        return 0;
    }

    private static void Report(
        SortedDictionary<string, Tally> tallies,
        List<(CorpusRow Row, Organisation Label, Organisation? Answer, Organisation? Named)> coveredRows,
        List<(CorpusRow Row, Organisation Answer)> falsePositives,
        List<(CorpusRow Row, Organisation Named)> namedFalsePositives,
        CoveredGroups covered,
        int notConverted,
        int serviceRows,
        DateOnly asOf)
    {
        var o = Console.Out;
        o.WriteLine($"as of {asOf:yyyy-MM-dd}; corpus rows without a NetOrigin identifier column (favicons, SMTP, MySQL, ...): {notConverted}; service.vendor rows (software makers, not scored below): {serviceRows}");
        o.WriteLine();
        o.WriteLine("Device/OS makers (labels whose vendor_field is hw.vendor or os.vendor)");
        o.WriteLine();
        o.WriteLine("| kind | rows | label in graph | coverage (all rows) | coverage (label in graph) | precision | fingerprint named a maker | fingerprint precision |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (kind, t) in tallies.Where(p => p.Key != "all kinds").Append(tallies.First(p => p.Key == "all kinds")))
        {
            o.WriteLine($"| {kind} | {t.Rows} | {t.LabelInGraph} | {Tally.Percent(t.Answered, t.Rows)} | {Tally.Percent(t.AnsweredLabelInGraph, t.LabelInGraph)} | {Tally.Percent(t.Correct, t.Answered)} ({t.Correct}/{t.Answered}) | {Tally.Percent(t.Named, t.Rows)} | {Tally.Percent(t.NamedCorrect, t.Named)} ({t.NamedCorrect}/{t.Named}) |");
        }

        o.WriteLine();
        var found = coveredRows.Count(r => r.Answer is not null && covered.SameGroup(r.Answer, r.Label));
        var namedFound = coveredRows.Count(r => r.Named is not null && covered.SameGroup(r.Named, r.Label));
        o.WriteLine($"Covered suppliers ({string.Join(", ", covered.Roots.Select(r => r.Name))} and what they control, as of {asOf:yyyy-MM-dd})");
        o.WriteLine();
        o.WriteLine("| | identify (end to end) | fingerprints alone |");
        o.WriteLine("|---|---:|---:|");
        o.WriteLine($"| recall | {Tally.Percent(found, coveredRows.Count)} ({found}/{coveredRows.Count}) | {Tally.Percent(namedFound, coveredRows.Count)} ({namedFound}/{coveredRows.Count}) |");
        o.WriteLine($"| false positives (a covered maker named for a non-covered label) | {falsePositives.Count} | {namedFalsePositives.Count} |");
        foreach (var (row, label, answer, named) in coveredRows.Where(r => r.Answer is null || !covered.SameGroup(r.Answer, r.Label)))
        {
            o.WriteLine($"- missed: {row.Id} ({row.Column}) label {row.Label} → {label.Name}; answer {answer?.Name ?? "none"}: `{Short(row.Text)}`");
        }

        foreach (var (row, answer) in falsePositives)
        {
            o.WriteLine($"- false positive: {row.Id} ({row.Column}) label {row.Label}; answer {answer.Name}: `{Short(row.Text)}`");
        }

        foreach (var (row, named) in namedFalsePositives)
        {
            o.WriteLine($"- fingerprint false positive: {row.Id} ({row.Column}) label {row.Label}; fingerprint names {named.Name}: `{Short(row.Text)}`");
        }
    }

    /// <summary>The maker a fingerprint names for the text: hw.vendor, else os.vendor.</summary>
    private static string? NamedVendor(FingerprintCatalog catalog, string column, string text)
    {
        if (!FieldCatalog.TryResolve(column, out var field) || FieldCatalog.IdentifierKindOf(field) is not { } kind)
        {
            return null;
        }

        var match = catalog.For(kind).First(text.Trim());
        return match?.HwVendor ?? match?.OsVendor;
    }

    /// <summary>Same maker: the normalised names agree (one may add words, "Kyocera" / "Kyocera Mita"), or both resolve to one organisation.</summary>
    private static bool SameMaker(string vendor, string label, OrganisationResolver resolver, DateOnly asOf)
    {
        var (a, b) = (Key(vendor), Key(label));
        if (a.Length > 0 && b.Length > 0 && (a == b || a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal)))
        {
            return true;
        }

        var (va, vb) = (resolver.Resolve(vendor, asOf)?.Organisation, resolver.Resolve(label, asOf)?.Organisation);
        return va is not null && ReferenceEquals(va, vb);
    }

    private static string Key(string name) => OrganisationNames.CoreKey(name.Replace("-", "", StringComparison.Ordinal));

    private static Dictionary<string, string> ReadAnswers(string path)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length >= 2)
            {
                answers[cells[0]] = cells[1];
            }
        }

        return answers;
    }

    private static string? Option(string[] options, string name)
    {
        var i = Array.IndexOf(options, name);
        return i >= 0 && i + 1 < options.Length ? options[i + 1] : null;
    }

    private static string Short(string text)
    {
        var one = text.ReplaceLineEndings(" ").Replace('`', '\'');
        return one.Length <= 90 ? one : one[..90] + "…";
    }
}
