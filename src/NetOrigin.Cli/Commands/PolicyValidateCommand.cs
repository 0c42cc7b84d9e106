using NetOrigin.Policies;
using NetOrigin.ReferenceData;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin policy validate: checks a user's pack; errors name file and line.</summary>
public sealed class PolicyValidateCommand : ICommand
{
    public string Name => "policy validate";

    public string Summary => "validate a policy pack file (errors name file and line)";

    public string Usage => """
        usage: netorigin policy validate FILE [--sources FILE[,FILE...]] [--data DIR]

          FILE         a policy pack (format: docs/reference-data.md, template: data/policies/TEMPLATE.yaml.example)
          --sources    your own sources files, if the pack cites sources that are not shipped
          --data       reference data directory (default: the one shipped with netorigin)

        exit codes: 0 valid, 2 invalid (the message names file and line)
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, new HashSet<string> { "data", "sources" }, new HashSet<string>());
        var file = options.RequiredPositional(0, "FILE (a policy pack)");
        options.AllowPositionals(1);
        if (!File.Exists(file))
        {
            throw new ReferenceDataException($"{file}: no such file");
        }

        var userSources = (options.Value("sources") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var data = ReferenceDataSet.Load(DataDirectory.Locate(options.Value("data")), userSourceFiles: userSources);
        var pack = PolicyPackLoader.Load(file, data.Sources, data.Graph);
        console.Out.WriteLine($"{file}: valid pack '{pack.Id}' version {pack.Version}: {pack.Designations.Count} designations, {pack.Exceptions.Count} exceptions, {pack.Obligations.Count} obligations");
        return ExitCodes.Done;
    }
}
