namespace NetOrigin.Cli;

/// <summary>
/// Options (--name value, --name=value, --flag) and positional arguments of one command. Each option the command
/// declares may appear once; an undeclared option is a usage error, not silently ignored.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    private CommandArguments()
    {
    }

    public IReadOnlyList<string> Positionals => _positionals;

    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        var parsed = new CommandArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                parsed._positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                parsed._positionals.Add(arg);
                continue;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[2..eq] : arg[2..];
            string? value;
            if (flags.Contains(name))
            {
                if (eq > 0)
                {
                    throw new UsageException($"--{name} takes no value");
                }

                value = null;
            }
            else if (valueOptions.Contains(name))
            {
                if (eq > 0)
                {
                    value = arg[(eq + 1)..];
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }
                else
                {
                    throw new UsageException($"--{name} needs a value");
                }
            }
            else
            {
                throw new UsageException($"unknown option --{name}");
            }

            if (!parsed._options.TryAdd(name, value))
            {
                throw new UsageException($"--{name} is given twice");
            }
        }

        return parsed;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.GetValueOrDefault(name);

    public string RequiredPositional(int index, string what) =>
        index < _positionals.Count ? _positionals[index] : throw new UsageException($"missing {what}");

    public void AllowPositionals(int max)
    {
        if (_positionals.Count > max)
        {
            throw new UsageException($"unexpected argument '{_positionals[max]}'");
        }
    }

    /// <summary>The option's value, which must be one of <paramref name="allowed"/>; the first is the default.</summary>
    public string Choice(string name, params string[] allowed)
    {
        var value = Value(name) ?? allowed[0];
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new UsageException($"--{name} '{value}' is not one of {string.Join(", ", allowed)}");
    }

    public DateOnly? Date(string name)
    {
        var text = Value(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--{name} '{text}' is not a date (use YYYY-MM-DD)");
    }

    public int Int(string name, int fallback, int min, int max)
    {
        var text = Value(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new UsageException($"--{name} must be a whole number from {min} to {max}");
    }
}
