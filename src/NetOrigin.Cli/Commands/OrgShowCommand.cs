using NetOrigin.Entities;
using NetOrigin.Reports;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin org show: who owns and controls an organisation on a date, every path with its sources.</summary>
public sealed class OrgShowCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["as-of", "format", "data", "orgs"];

    public string Name => "org show";

    public string Summary => "who owns and controls an organisation on a date, with shares, dates and sources";

    public string Usage => $"""
        usage: netorigin org show NAME [--as-of DATE] [--format text|json] [--data DIR] [--orgs FILE[,FILE...]]

          NAME         an organisation id, name, alias or brand (e.g. hikvision, "HiLook", 华为)
          --as-of      resolve ownership as of this date (default today)
          --format     text (default, for people) or json (for tools)
        {UserDataOptions.Usage}

        exit codes: 0 done, 2 usage or data error
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        var name = options.RequiredPositional(0, "NAME (an organisation id, name, alias or brand)");
        options.AllowPositionals(1);
        var format = options.Choice("format", "text", "json");

        var asOf = options.Date("as-of") ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var data = UserDataOptions.Load(options);
        var (organisation, how) = UserDataOptions.Find(data, name, asOf);
        var profile = OrganisationProfile.Of(data.Ownership, organisation.Id, asOf);
        if (format == "json")
        {
            OwnershipResolutionJson.Write(profile, how, console.OutputStream);
        }
        else
        {
            OwnershipResolutionText.Write(profile, data.Graph, how, console.Out);
        }

        return ExitCodes.Done;
    }
}
