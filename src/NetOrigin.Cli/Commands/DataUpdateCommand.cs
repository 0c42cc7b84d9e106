using System.Globalization;
using NetOrigin.Cli.Files;
using NetOrigin.Identification.Registries.Listings;
using NetOrigin.ReferenceData;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin data update: rebuilds the registry snapshots from the registries' own published files.</summary>
public sealed class DataUpdateCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["from", "out", "date"];

    public string Name => "data update";

    public string Summary => "rebuild the IEEE and IANA registry snapshots from downloaded listings";

    public string Usage => """
        usage: netorigin data update --from DIR [--out DIR] [--date YYYY-MM-DD]

          --from   directory holding one or more of the registries' own files:
                     oui.csv, mam.csv, oui36.csv, iab.csv   IEEE MA-L, MA-M, MA-S, IAB listings (CSV)
                     enterprise-numbers                     IANA Private Enterprise Numbers (text)
                     enterprises.tsv                        the same, as compiled by Wireshark
                     index.json                             MA-L, MA-M and MA-S from the npm package oui-data
                   when two files give the same registry, the one with more entries is used
          --out    directory to write the snapshots to (default: the registries/ directory of the data
                   NetOrigin uses); registries without an input file are left as they are
          --date   the snapshots' date (default: the date the input carries — ieee-data's .lastupdate, a
                   'last updated' line — else the file's modification date)

        see data/registries/README.md for where to download the listings.
        exit codes: 0 done, 2 usage or input error
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        options.AllowPositionals(0);
        var from = options.Value("from") ?? throw new UsageException("--from DIR is required");
        var date = options.Date("date");
        var outDirectory = options.Value("out") ?? Path.Combine(DataDirectory.Locate(), "registries");

        new FilePlan().Reads("--from", RegistryUpdate.InputFiles(from)).Writes("--out", RegistryUpdate.OutputFiles(outDirectory)).Check();

        var result = RegistryUpdate.Run(from, outDirectory, date, OutputFile.Write);
        console.Out.WriteLine($"registry snapshots in {outDirectory}:");
        foreach (var built in result.Built)
        {
            var listing = built.Listing;
            var change = built.PreviousEntries is { } previous ? string.Create(CultureInfo.InvariantCulture, $" (was {previous})") : " (new)";
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {listing.Registry.Name,-9}{listing.Entries.Count,7} entries{change,-13} {built.Date.Date:yyyy-MM-dd} ({built.Date.Origin})"));
            console.Out.WriteLine($"           from {listing.File}: {listing.Source}");
        }

        foreach (var unused in result.Unused)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  not used: {unused.File} ({unused.Registry.Name}, {unused.Entries.Count} entries; another input has more)"));
        }

        foreach (var note in result.Built.SelectMany(b => b.Listing.Notes).Concat(result.Unused.SelectMany(u => u.Notes)))
        {
            console.Out.WriteLine($"  note: {note}");
        }

        if (result.Missing.Count > 0)
        {
            console.Out.WriteLine($"  left as they were (no input in {from}): {string.Join(", ", result.Missing.Select(r => r.Name))}");
        }

        return ExitCodes.Done;
    }
}
