namespace NetOrigin.Cli;

/// <summary>An output that must not land on one of the run's own inputs, written whole through <see cref="ReplacedFile"/>.</summary>
internal static class OutputFile
{
    public static void Write(string path, IEnumerable<string?> inputs, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (inputs.OfType<string>().Any(i => i != "-" && string.Equals(Path.GetFullPath(i), full, StringComparison.Ordinal)))
        {
            throw new UsageException($"--out {path} is one of the inputs; choose another file");
        }

        ReplacedFile.WriteBytes(path, write);
    }
}
