using NetOrigin.Entities;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin org validate: loads the organisation data (with the user's files) and reports its problems.</summary>
public sealed class OrgValidateCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["data", "orgs"];

    public string Name => "org validate";

    public string Summary => "check organisation data (shipped and your --orgs files); errors and warnings with file:line";

    public string Usage => $"""
        usage: netorigin org validate [--data DIR] [--orgs FILE[,FILE...]]

          Loads the organisation data and checks it: sources, ids, dates, shares, duplicate ownership edges, a user
          file redefining a shipped organisation without 'replaces: true' (errors), and names two organisations
          share (warnings).
        {UserDataOptions.Usage}

        exit codes: 0 no errors (warnings may be printed), 2 errors found or usage error
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        options.AllowPositionals(0);
        var data = UserDataOptions.Load(options);
        var issues = OrganisationDataCheck.Check(data.Graph);
        foreach (var issue in issues)
        {
            console.Error.WriteLine(issue);
        }

        var errors = issues.Count(i => i.Severity == DataIssueSeverity.Error);
        var warnings = issues.Count - errors;
        var graph = data.Graph;
        console.Out.WriteLine($"{graph.Organisations.Count} organisations, {graph.Edges.Count()} ownership edges, {graph.Brands.Count} brands, {graph.OemRelations.Count} OEM relations: {errors} errors, {warnings} warnings");
        return errors > 0 ? ExitCodes.UsageOrInputError : ExitCodes.Done;
    }
}
