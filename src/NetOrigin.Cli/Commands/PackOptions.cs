using NetOrigin.Policies;
using NetOrigin.ReferenceData;

namespace NetOrigin.Cli.Commands;

/// <summary>
/// How commands name policy packs: an id names a shipped pack and nothing else; a user's pack is given by a value
/// that is clearly a path (it contains a directory separator or ends in .yaml/.yml), so a file that happens to be
/// named like a shipped pack in the working directory can never stand in for it.
/// </summary>
internal static class PackOptions
{
    public static PolicyPack Resolve(ReferenceDataSet data, string value) =>
        IsPath(value) ? data.PackFile(value) : data.Pack(value);

    /// <summary>A comma-separated list of packs; an empty list is a usage error.</summary>
    public static IReadOnlyList<PolicyPack> ResolveList(ReferenceDataSet data, string option, string value)
    {
        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            throw new UsageException($"--{option} names no pack; give pack ids (netorigin policy list) or pack files");
        }

        var packs = names.Select(name => Resolve(data, name)).ToList();
        if (packs.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new UsageException($"--{option} names pack '{twice.Key}' twice");
        }

        return packs;
    }

    private static bool IsPath(string value) =>
        value.Contains('/', StringComparison.Ordinal)
        || value.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
