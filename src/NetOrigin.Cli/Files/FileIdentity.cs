using System.Runtime.InteropServices;

namespace NetOrigin.Cli.Files;

/// <summary>
/// What makes two paths the same file. On Linux an existing file is its device and inode number, so hard links and
/// symbolic links are seen through; a path that does not exist yet, and any path elsewhere, is its canonical path
/// (every symbolic link on the way resolved).
/// </summary>
internal static class FileIdentity
{
    private const uint FileTypeMask = 0xF000;
    private const uint RegularFile = 0x8000;

    /// <summary>A key equal for two paths exactly when they name the same file (or, when absent, the same directory entry).</summary>
    public static string Of(string path) =>
        Status(path) is { } status ? $"inode {status.Device}:{status.Inode}" : $"path {Comparable(CanonicalPath(path))}";

    /// <summary>Whether <paramref name="path"/> is <paramref name="directory"/> or lies anywhere below it.</summary>
    public static bool IsWithin(string path, string directory)
    {
        var inner = Comparable(CanonicalPath(path));
        var outer = Comparable(CanonicalPath(directory)).TrimEnd(Path.DirectorySeparatorChar);
        return inner == outer || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>
    /// The absolute path with every symbolic link resolved, as the operating system resolves it (realpath(3) of the
    /// longest existing prefix; the rest appended as written).
    /// </summary>
    public static string CanonicalPath(string path)
    {
        var full = Path.GetFullPath(path);
        var missing = new Stack<string>();
        for (var existing = full; ; existing = Path.GetDirectoryName(existing)!)
        {
            if (Path.GetDirectoryName(existing) is null || File.Exists(existing) || Directory.Exists(existing))
            {
                var resolved = RealPath(existing) ?? DanglingLinkTarget(existing) ?? existing;
                return missing.Aggregate(resolved, Path.Combine);
            }

            missing.Push(Path.GetFileName(existing));
        }
    }

    /// <summary>The path a write to <paramref name="path"/> lands on: its symbolic links followed to the end.</summary>
    public static string WriteTarget(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    /// <summary>Whether the path exists and is something other than a regular file or directory (a device such as /dev/null, a pipe).</summary>
    public static bool IsSpecial(string path) =>
        Status(path) is { } status
            ? (status.Mode & FileTypeMask) != RegularFile && !Directory.Exists(path)
            : File.Exists(path) && path.StartsWith("/dev/", StringComparison.Ordinal);

    /// <summary>Where a symbolic link whose target does not exist (yet) points, canonical; null for anything else.</summary>
    private static string? DanglingLinkTarget(string path)
    {
        var target = WriteTarget(path);
        return target == Path.GetFullPath(path) || File.Exists(target) || Directory.Exists(target) ? null : CanonicalPath(target);
    }

    private static string Comparable(string path) => OperatingSystem.IsLinux() ? path : path.ToUpperInvariant();

    /// <summary>stat(2), following links; null when the file does not exist or the platform's layout is not known here.</summary>
    private static (ulong Device, ulong Inode, uint Mode)? Status(string path)
    {
        // struct stat begins with st_dev and st_ino on both 64-bit Linux layouts; st_mode follows st_nlink on x86-64
        // and precedes it on the generic layout (arm64).
        var modeOffset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (!OperatingSystem.IsLinux() || modeOffset < 0)
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Stat(Path.GetFullPath(path), buffer) != 0)
            {
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8), BitConverter.ToUInt32(buffer, modeOffset));
    }

    private static string? RealPath(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }

        try
        {
            var resolved = RealPath(path, IntPtr.Zero);
            if (resolved == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                return Marshal.PtrToStringUTF8(resolved);
            }
            finally
            {
                Free(resolved);
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr RealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);
}
