namespace NetOrigin.Cli;

/// <summary>Where a command writes its report: --out FILE, which must not be the input, or standard output.</summary>
internal static class ReportOutput
{
    public static Stream Open(string? outPath, string input, Console console)
    {
        console.Out.Flush();
        if (outPath is null)
        {
            return new NonClosingStream(console.OutputStream);
        }

        if (input != "-" && Path.GetFullPath(outPath) == Path.GetFullPath(input))
        {
            throw new UsageException($"--out '{outPath}' is the input file; an output never overwrites an input");
        }

        return new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }
}
