using NetOrigin.Cli.Files;
using NetOrigin.Entities;
using NetOrigin.ReferenceData;

namespace NetOrigin.Cli.Commands;

/// <summary>--data DIR and --orgs FILE[,FILE...]: the shipped reference data with the user's organisation files over it.</summary>
internal static class UserDataOptions
{
    public const string Usage = """
          --data       reference data directory (default: the one shipped with netorigin)
          --orgs       your own organisation files (docs/reference-data.md), comma-separated; they merge over the
                       shipped data and may carry their own sources
        """;

    public static IReadOnlyList<string> OrganisationFiles(CommandArguments options) =>
        (options.Value("orgs") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Adds the reference data directory (nothing is written inside it) and the --orgs files to what a command reads.</summary>
    public static FilePlan ReadsData(this FilePlan plan, CommandArguments options) =>
        plan.ReadsDirectory("--data", DataDirectory.Locate(options.Value("data"))).Reads("--orgs", OrganisationFiles(options));

    public static ReferenceDataSet Load(CommandArguments options) =>
        ReferenceDataSet.Load(DataDirectory.Locate(options.Value("data")), OrganisationFiles(options), cache: ReferenceDataCacheDirectory.ForUser());

    /// <summary>An organisation by id, else by any name, alias or brand the resolver knows on the date.</summary>
    public static (Organisation Organisation, string? How) Find(ReferenceDataSet data, string name, DateOnly asOf)
    {
        if (data.Graph.TryGet(name, out var byId))
        {
            return (byId, null);
        }

        return data.Resolver.ResolveNamed(name, asOf) is { } resolved
            ? (resolved.Organisation, $"'{name}' resolves to {resolved.Explanation}")
            : throw new UsageException($"no organisation is known by '{name}' on {asOf:yyyy-MM-dd}; try 'netorigin org search {name}'");
    }
}
