namespace NetOrigin.Cli;

/// <summary>
/// An output written to a temporary file beside its destination and renamed into place when complete, so a failed
/// run never leaves half a report, and never onto one of the run's own inputs.
/// </summary>
internal static class OutputFile
{
    public static void Write(string path, IEnumerable<string?> inputs, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (inputs.OfType<string>().Any(i => i != "-" && string.Equals(Path.GetFullPath(i), full, StringComparison.Ordinal)))
        {
            throw new UsageException($"--out {path} is one of the inputs; choose another file");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
