using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NetOrigin.ReferenceData;

namespace NetOrigin.Storage.Jobs;

/// <summary>
/// The reference data a server assesses with, and its version: the SHA-256 over every file of the data directory
/// (path and content), so a run records exactly which data it used and a changed data set is noticed at start-up.
/// </summary>
public sealed class ReferenceSnapshot
{
    private ReferenceSnapshot(ReferenceDataSet data, string hash, int files)
    {
        Data = data;
        Hash = hash;
        Files = files;
    }

    public ReferenceDataSet Data { get; }

    public string Hash { get; }

    public int Files { get; }

    /// <summary>The version of NetOrigin that makes the findings.</summary>
    public static string ToolVersion { get; } =
        typeof(ReferenceDataSet).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ReferenceDataSet).Assembly.GetName().Version?.ToString() ?? "unknown";

    public static ReferenceSnapshot Load(string directory)
    {
        var data = ReferenceDataSet.Load(directory);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(directory, f).Replace('\\', '/'), Full: f))
            .Where(f => !f.Relative.EndsWith(".example", StringComparison.Ordinal))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        foreach (var (relative, full) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(full)));
        }

        return new ReferenceSnapshot(data, Convert.ToHexStringLower(hash.GetHashAndReset()), files.Count);
    }

    /// <summary>What a run records of the data it used.</summary>
    public string Describe(IEnumerable<Policies.PolicyPack> packs) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["data_sha256"] = Hash,
        ["files"] = Files,
        ["packs"] = packs.ToDictionary(p => p.Id, p => p.Version),
        ["tool_version"] = ToolVersion,
    });
}
