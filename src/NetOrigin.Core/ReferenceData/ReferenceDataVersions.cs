using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using NetOrigin.Identification.Fingerprints;
using NetOrigin.Identification.Registries;
using NetOrigin.Policies;

namespace NetOrigin.ReferenceData;

/// <summary>
/// Which reference data a report's answers came from — the tool version, each registry snapshot's date, each
/// fingerprint database's version, a content hash of the organisation data (shipped and the user's files), and
/// each pack's id, version and file — so a verdict can be reproduced later from the same data.
/// </summary>
public sealed record ReferenceDataVersions(
    string ToolVersion,
    IReadOnlyList<RegistrySnapshot> Registries,
    IReadOnlyList<FingerprintDatabase> Fingerprints,
    string OrganisationData,
    IReadOnlyList<PolicyPack> Packs)
{
    /// <summary>The version of the NetOrigin engine, as its assembly states it.</summary>
    public static string EngineVersion { get; } =
        typeof(ReferenceDataVersions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ReferenceDataVersions).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Every version on one line: what tools that cannot nest values (CSV) carry per row as a digest.</summary>
    public string Summary => string.Join("; ", Lines());

    /// <summary>A short digest of <see cref="Summary"/>: two reports with the same digest used the same data.</summary>
    public string Digest => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Summary)))[..16];

    internal IEnumerable<string> Lines()
    {
        yield return $"netorigin {ToolVersion}";
        foreach (var registry in Registries)
        {
            yield return $"registry {registry.Id} {Day(registry.Date)} ({registry.Entries.ToString(CultureInfo.InvariantCulture)} entries)";
        }

        foreach (var database in Fingerprints)
        {
            yield return $"fingerprints {database.DisplayPath} {database.Version ?? "unversioned"}";
        }

        yield return $"organisation data {OrganisationData}";
        foreach (var pack in Packs)
        {
            yield return $"pack {pack.Id} {pack.Version} ({pack.File})";
        }
    }

    /// <summary>A content hash of files, in the order given (each name and the SHA-256 of its bytes), as "sha256:" and 16 hex digits.</summary>
    internal static string HashOf(IEnumerable<string> files, FileDigests digests)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(digests.Of(file));
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
}
