using System.Text.RegularExpressions;

namespace NetOrigin.Identification.Fingerprints;

/// <summary>
/// One recog-format fingerprint: a regular expression over one kind of text, the facts it asserts and the examples
/// that prove it. The expression is built on first use and compiled to code only once it has run often, so a large
/// database (or a short run) costs little until it matches many texts.
/// </summary>
public sealed class Fingerprint
{
    /// <summary>A fingerprint that keeps timing out is a pathological pattern; after this many it is switched off.</summary>
    public const int TimeoutsBeforeDisabled = 3;

    /// <summary>
    /// Runs on the interpreter before the expression is compiled to code: compiling one costs about as much as a
    /// thousand interpreted runs of a short text, which a small run never makes (docs/performance.md, "Start-up").
    /// </summary>
    internal const int RunsBeforeCompiled = 1000;

    private readonly Lazy<Regex?> _linear;
    private Regex? _interpreted;
    private Regex? _compiled;
    private int _runs;
    private int _timeouts;
    private int _warm;
    private int _onLinear;

    /// <summary>A fingerprint; <paramref name="leading"/> is <see cref="LeadingCharacters.Of"/> of the pattern, derived when it is read.</summary>
    internal Fingerprint(
        string description,
        string pattern,
        RegexOptions options,
        TimeSpan matchTimeout,
        IReadOnlyList<FingerprintParam> parameters,
        IReadOnlyList<FingerprintExample> examples,
        IReadOnlyList<string> prefilter,
        double? certainty,
        int line,
        UInt128? leading)
    {
        Description = description;
        Pattern = pattern;
        Options = options;
        Params = parameters;
        Examples = examples;
        Prefilter = prefilter;
        Certainty = certainty;
        Line = line;
        MatchTimeout = matchTimeout;
        Leading = leading;
        _linear = new Lazy<Regex?>(() => Linear(pattern, options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal string Description { get; }

    /// <summary>The pattern as .NET runs it (recog's Ruby-only syntax already translated).</summary>
    internal string Pattern { get; }
    internal RegexOptions Options { get; }
    internal IReadOnlyList<FingerprintParam> Params { get; }
    public IReadOnlyList<FingerprintExample> Examples { get; }

    /// <summary>Literals of which every matching text contains at least one (compared ignoring case); empty when none is known.</summary>
    public IReadOnlyList<string> Prefilter { get; }

    /// <summary>How far a match alone identifies the maker (0–1), when the fingerprint says; else the database's preference.</summary>
    internal double? Certainty { get; }

    internal int Line { get; }

    /// <summary>The ASCII characters a matching text can start with, when the pattern is anchored (see <see cref="LeadingCharacters"/>).</summary>
    internal UInt128? Leading { get; }

    /// <summary>How long one match may run on the backtracking engine before it is abandoned.</summary>
    internal TimeSpan MatchTimeout { get; }

    /// <summary>
    /// The same expression on the linear-time engine, or null when the pattern needs what that engine lacks
    /// (lookarounds, backreferences, atomic groups, conditionals). Built when first needed.
    /// </summary>
    internal Regex? LinearExpression => _linear.Value;

    /// <summary>Whether the expression now runs compiled (after many runs, or after a time-out on the interpreter).</summary>
    internal bool RunsCompiled => Volatile.Read(ref _compiled) is not null;

    /// <summary>The database (file) this fingerprint belongs to; set once when the database is built.</summary>
    internal FingerprintDatabase Database { get; set; } = null!;

    internal bool Disabled => Volatile.Read(ref _timeouts) >= TimeoutsBeforeDisabled;

    internal string Where => $"{Database.DisplayPath}:{Line}";

    /// <summary>
    /// Runs the expression. A match that takes longer than the timeout is abandoned, never waited for: it is then
    /// run on the linear-time engine, which finds the same match in time proportional to the text, and so is every
    /// later match of this fingerprint. So neither a busy machine nor a pathological pattern changes the outcome.
    /// Only a pattern the linear engine cannot run can time out; that is reported.
    /// </summary>
    internal FingerprintOutcome TryMatch(string text, out FingerprintMatch? match)
    {
        match = null;
        if (Disabled)
        {
            return FingerprintOutcome.Disabled;
        }

        Match result;
        var expression = Volatile.Read(ref _onLinear) == 1 ? _linear.Value! : Expression();
        try
        {
            result = expression.Match(text);
        }
        catch (RegexMatchTimeoutException) when ((expression.Options & (RegexOptions.Compiled | RegexOptions.NonBacktracking)) == 0)
        {
            // The interpreter is the slower engine: its time-out says nothing about the pattern. Compile it now and
            // ask again; only the compiled engine's time-outs count.
            Compile();
            return TryMatch(text, out match);
        }
        catch (RegexMatchTimeoutException) when (Interlocked.Exchange(ref _warm, 1) == 0)
        {
            // The first run of a compiled expression includes just-in-time compilation of its code, which for a
            // large pattern can take longer than the limit; only a second time-out says the pattern is at fault.
            return TryMatch(text, out match);
        }
        catch (RegexMatchTimeoutException) when (_linear.Value is { } linear)
        {
            Volatile.Write(ref _onLinear, 1);
            result = linear.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            Interlocked.Increment(ref _timeouts);
            return FingerprintOutcome.TimedOut;
        }

        Volatile.Write(ref _warm, 1);

        if (!result.Success)
        {
            return FingerprintOutcome.NoMatch;
        }

        match = new FingerprintMatch(this, ParamValues(result));
        return FingerprintOutcome.Matched;
    }

    /// <summary>
    /// The interpreted expression until the fingerprint has run often enough to pay for compiling it, then the
    /// compiled one. Both engines give the same matches; threads racing here at worst build one expression twice.
    /// </summary>
    private Regex Expression()
    {
        if (Volatile.Read(ref _compiled) is { } compiled)
        {
            return compiled;
        }

        if (Interlocked.Increment(ref _runs) == RunsBeforeCompiled)
        {
            return Compile();
        }

        if (Volatile.Read(ref _interpreted) is not { } interpreted)
        {
            interpreted = new Regex(Pattern, Options, MatchTimeout);
            Volatile.Write(ref _interpreted, interpreted);
        }

        return interpreted;
    }

    private Regex Compile()
    {
        var compiled = new Regex(Pattern, Options | RegexOptions.Compiled, MatchTimeout);
        // The first run of compiled code includes compiling it just in time: allow it one time-out again.
        Volatile.Write(ref _warm, 0);
        Volatile.Write(ref _compiled, compiled);
        return compiled;
    }

    private static Regex? Linear(string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Fixed values, capture groups, then "{name}" references between values (as recog interpolates them).</summary>
    private Dictionary<string, string> ParamValues(Match result)
    {
        var values = new Dictionary<string, string>(Params.Count, StringComparer.Ordinal);
        foreach (var param in Params)
        {
            if (param.Position == 0)
            {
                values[param.Name] = param.Value!;
            }
            else if (param.Position < result.Groups.Count && result.Groups[param.Position] is { Success: true } group && group.Value.Trim() is { Length: > 0 } captured)
            {
                values[param.Name] = captured;
            }
        }

        foreach (var param in Params)
        {
            if (param.Position == 0 && param.Value!.Contains('{', StringComparison.Ordinal))
            {
                if (Interpolate(param.Name, param.Value, values) is { } filled)
                {
                    values[param.Name] = filled;
                }
                else
                {
                    values.Remove(param.Name);
                }
            }
        }

        return values;
    }

    /// <summary>Fills "{other.param}"; a missing version in a CPE becomes "-" as in recog, any other gap drops the value.</summary>
    private static string? Interpolate(string name, string template, Dictionary<string, string> values)
    {
        var text = template;
        var start = text.IndexOf('{', StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf('}', start + 1);
            if (end < 0)
            {
                break;
            }

            var reference = text[(start + 1)..end];
            string? replacement = values.TryGetValue(reference, out var value) && !ReferenceEquals(reference, name) && !value.Contains('{', StringComparison.Ordinal)
                ? value
                : name.EndsWith(".cpe23", StringComparison.Ordinal) && reference.EndsWith(".version", StringComparison.Ordinal) ? "-" : null;
            if (replacement is null)
            {
                return null;
            }

            text = string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end + 1));
            start = text.IndexOf('{', start + replacement.Length);
        }

        return text;
    }

    public override string ToString() => $"{Description} ({Where})";
}
