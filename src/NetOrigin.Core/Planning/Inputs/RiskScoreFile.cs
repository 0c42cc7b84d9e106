using System.Globalization;
using System.Text;
using NetOrigin.Identification.Registries.Listings;

namespace NetOrigin.Planning.Inputs;

/// <summary>
/// A file of risk scores per asset (0 to 100), CSV: with a header, its asset_id column and its upper column (as
/// `netorigin risk --format csv` writes it: the score with unknown criteria at their worst) or else its score
/// column; without a header, asset_id,score. Mistakes name the file and line.
/// </summary>
public static class RiskScoreFile
{
    private const int MaxChars = 64 << 20;

    public static ScoredItemWeights Read(TextReader reader, string name)
    {
        var text = new StringBuilder();
        var chunk = new char[1 << 16];
        int read;
        while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
        {
            text.Append(chunk, 0, read);
            if (text.Length > MaxChars)
            {
                throw new InvalidDataException($"{name}: larger than {MaxChars >> 20} Mi characters; keep only the asset_id and score columns");
            }
        }

        var records = new CsvRecords(text.ToString(), name);
        var cells = new List<string>();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        int idColumn = 0, scoreColumn = 1;
        while (records.TryRead(cells, out var line))
        {
            if (cells.Count == 1 && cells[0].Trim().Length == 0)
            {
                continue;
            }

            if (line == 1 && cells[0].Trim().Equals("asset_id", StringComparison.OrdinalIgnoreCase))
            {
                // The risk report's upper bound (unknown criteria at their worst) is what the engine's weights use.
                var columns = cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
                scoreColumn = columns.Contains("upper") ? columns.IndexOf("upper") : columns.IndexOf("score");
                if (scoreColumn < 0)
                {
                    throw new InvalidDataException($"{name}:1: the header has neither an upper nor a score column");
                }

                continue;
            }

            if (cells.Count <= scoreColumn || !double.TryParse(cells[scoreColumn], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || !(score is >= 0 and <= 100))
            {
                throw new InvalidDataException($"{name}:{line}: expected an asset id and a score from 0 to 100");
            }

            // The risk report prefixes cells a spreadsheet would execute with a quote; the id is the rest.
            var id = cells[idColumn].Trim();
            scores[id.Length > 1 && id[0] == '\'' && id[1] is '=' or '+' or '-' or '@' ? id[1..] : id] = score;
        }

        return new ScoredItemWeights(scores, $"risk score ({Path.GetFileName(name)})", RoleRiskWeights.Instance);
    }
}
