using NetOrigin.Entities;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin org search: organisations whose names, aliases or brands contain the text.</summary>
public sealed class OrgSearchCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["data", "orgs"];

    public string Name => "org search";

    public string Summary => "find organisations by name, alias or brand; shows id, name, kind and country";

    public string Usage => $"""
        usage: netorigin org search TEXT [--data DIR] [--orgs FILE[,FILE...]]

          TEXT         part of a name, alias or brand, in any case or script (e.g. hik, 海康, EZVIZ)
        {UserDataOptions.Usage}

        exit codes: 0 done (also when nothing matches), 2 usage or data error
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        var text = options.RequiredPositional(0, "TEXT (part of a name, alias or brand)");
        options.AllowPositionals(1);
        var data = UserDataOptions.Load(options);
        var matches = OrganisationSearch.Find(data.Graph, text);
        if (matches.Count == 0)
        {
            console.Error.WriteLine($"no organisation, alias or brand contains '{text}'");
            return ExitCodes.Done;
        }

        var idWidth = Math.Max(2, matches.Max(m => m.Organisation.Id.Length));
        var nameWidth = Math.Min(60, matches.Max(m => m.Organisation.Name.Length));
        console.Out.WriteLine($"{"id".PadRight(idWidth)}  {"name".PadRight(nameWidth)}  {"kind",-16}  country  matched");
        foreach (var (organisation, matched) in matches)
        {
            console.Out.WriteLine($"{organisation.Id.PadRight(idWidth)}  {organisation.Name.PadRight(nameWidth)}  {OwnershipResolutionText.Kind(organisation),-16}  {organisation.Country ?? organisation.State ?? "-",-7}  {matched}");
        }

        return ExitCodes.Done;
    }
}
