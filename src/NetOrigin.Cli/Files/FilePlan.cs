namespace NetOrigin.Cli.Files;

/// <summary>
/// The files and directories a command reads and the files it writes, checked before anything is read: an output
/// that is the same file as an input or as another output (by identity, through symbolic and hard links), or that
/// lies inside an input directory, is refused.
/// </summary>
internal sealed class FilePlan
{
    private readonly List<(string What, string Path, bool Directory)> _inputs = [];
    private readonly List<(string What, string Path)> _outputs = [];

    /// <summary>An input file; "-" (standard input) is compared by what standard input is.</summary>
    public FilePlan Reads(string what, string? path)
    {
        if (path is not null)
        {
            _inputs.Add((what, path == "-" && File.Exists("/dev/stdin") ? "/dev/stdin" : path, false));
        }

        return this;
    }

    public FilePlan Reads(string what, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            Reads(what, path);
        }

        return this;
    }

    /// <summary>An input directory: nothing may be written inside it.</summary>
    public FilePlan ReadsDirectory(string what, string? path)
    {
        if (path is not null)
        {
            _inputs.Add((what, path, true));
        }

        return this;
    }

    public FilePlan Writes(string what, string? path)
    {
        if (path is not null)
        {
            _outputs.Add((what, path));
        }

        return this;
    }

    public FilePlan Writes(string what, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            Writes(what, path);
        }

        return this;
    }

    /// <summary>Throws <see cref="OutputRefusedException"/> when an output would overwrite an input or another output.</summary>
    public void Check()
    {
        var inputs = _inputs.Select(i => (i.What, i.Path, i.Directory, Key: i.Directory ? "" : FileIdentity.Of(i.Path))).ToList();
        var written = new List<(string What, string Path, string Key)>();
        foreach (var (what, path) in _outputs)
        {
            var key = FileIdentity.Of(path);
            foreach (var input in inputs)
            {
                if (!input.Directory && input.Key == key)
                {
                    throw new OutputRefusedException($"{what} '{path}' is the same file as {input.What} '{Shown(input.Path)}'; an output never overwrites an input");
                }

                if (input.Directory && FileIdentity.IsWithin(path, input.Path))
                {
                    throw new OutputRefusedException($"{what} '{path}' is inside the {input.What} directory '{input.Path}'; outputs are never written among the inputs");
                }
            }

            foreach (var other in written)
            {
                if (other.Key == key)
                {
                    throw new OutputRefusedException($"{what} '{path}' and {other.What} '{other.Path}' are the same file; give each output its own");
                }
            }

            written.Add((what, path, key));
        }
    }

    private static string Shown(string path) => path == "/dev/stdin" ? "-" : path;
}

/// <summary>A command would write over one of its inputs or outputs: exit code 2, nothing read or written.</summary>
internal sealed class OutputRefusedException(string message) : IOException(message);
