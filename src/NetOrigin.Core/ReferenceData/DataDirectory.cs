namespace NetOrigin.ReferenceData;

/// <summary>Finds the reference data directory: an explicit path, $NETORIGIN_DATA, beside the program, or up from the working directory.</summary>
public static class DataDirectory
{
    public const string EnvironmentVariable = "NETORIGIN_DATA";

    public static string Locate(string? explicitPath = null)
    {
        if (explicitPath is not null)
        {
            return IsDataDirectory(explicitPath)
                ? Path.GetFullPath(explicitPath)
                : throw new ReferenceDataException($"{explicitPath}: not a NetOrigin data directory (expected registries/, organisations/, policies/)");
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Locate(fromEnvironment);
        }

        var besideProgram = Path.Combine(AppContext.BaseDirectory, "data");
        if (IsDataDirectory(besideProgram))
        {
            return besideProgram;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (IsDataDirectory(candidate))
            {
                return candidate;
            }
        }

        throw new ReferenceDataException($"no NetOrigin data directory found beside the program or above {Directory.GetCurrentDirectory()}; pass --data DIR or set {EnvironmentVariable}");
    }

    private static bool IsDataDirectory(string path) =>
        Directory.Exists(Path.Combine(path, "registries")) && Directory.Exists(Path.Combine(path, "organisations"));
}
