using NetOrigin.ReferenceData;

namespace NetOrigin.Cli.Files;

/// <summary>
/// The user's cache of compiled reference data: $NETORIGIN_CACHE, else $XDG_CACHE_HOME/netorigin, else
/// ~/.cache/netorigin. Images are written to a temporary file and renamed into place, so a reader sees a whole
/// image or none; a cache that cannot be written costs speed only, never an answer.
/// </summary>
internal sealed class ReferenceDataCacheDirectory(string directory) : IReferenceDataCache
{
    public const string EnvironmentVariable = "NETORIGIN_CACHE";

    public string Directory { get; } = directory;

    /// <summary>The user's cache directory, or null when there is no home to keep one in (the text is then read every run).</summary>
    public static ReferenceDataCacheDirectory? ForUser()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } explicitDirectory)
        {
            return new ReferenceDataCacheDirectory(Path.GetFullPath(explicitDirectory));
        }

        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg))
        {
            return new ReferenceDataCacheDirectory(Path.Combine(xdg, "netorigin"));
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 ? new ReferenceDataCacheDirectory(Path.Combine(home, ".cache", "netorigin")) : null;
    }

    public byte[]? Read(string key)
    {
        try
        {
            var path = PathOf(key);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Store(string key, ReadOnlySpan<byte> image)
    {
        var temporary = Path.Combine(Directory, $".{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllBytes(temporary, image);
            File.Move(temporary, PathOf(key), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the next run compiles the image again.
            }
        }
    }

    private string PathOf(string key) =>
        key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? Path.Combine(Directory, key + ".bin")
            : throw new ArgumentException($"'{key}' is not a cache key", nameof(key));
}
