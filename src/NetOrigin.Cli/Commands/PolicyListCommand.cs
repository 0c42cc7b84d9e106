using NetOrigin.ReferenceData;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin policy list: the shipped packs at a glance.</summary>
public sealed class PolicyListCommand : ICommand
{
    public string Name => "policy list";

    public string Summary => "list the shipped policy packs";

    public string Usage => """
        usage: netorigin policy list [--data DIR]

          --data       reference data directory (default: the one shipped with netorigin)
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, new HashSet<string> { "data" }, new HashSet<string>());
        options.AllowPositionals(0);
        var data = ReferenceDataSet.Load(DataDirectory.Locate(options.Value("data")));
        console.Out.WriteLine($"{"id",-30} {"jurisdiction",-12} {"version",-10} {"designations",12} {"obligations",11}  title");
        foreach (var id in data.PackIds)
        {
            var pack = data.Pack(id);
            console.Out.WriteLine($"{pack.Id,-30} {pack.Jurisdiction,-12} {pack.Version,-10} {pack.Designations.Count,12} {pack.Obligations.Count,11}  {pack.Title}");
        }

        return ExitCodes.Done;
    }
}
