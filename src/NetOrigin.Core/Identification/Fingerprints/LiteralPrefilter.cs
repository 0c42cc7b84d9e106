using System.Text.RegularExpressions;

namespace NetOrigin.Identification.Fingerprints;

/// <summary>
/// Finds literals a pattern cannot match without, so texts that contain none of them never reach the regular
/// expression: the longest run of characters every match contains, where a run may pass through a group whose
/// branches are all plain text ("ZX(?:HN|R10)" gives "ZXHN" and "ZXR10"), or one literal per branch of a required
/// alternation ("(?:Hikvision|DNVRS)-Webs"). The analysis is deliberately conservative: a construct it does not
/// fully understand yields no literal, never a wrong one.
/// </summary>
internal static class LiteralPrefilter
{
    /// <summary>Shorter literals filter too little to be worth it.</summary>
    public const int MinLength = 3;

    /// <summary>
    /// Literals are cut at this length: a longer one filters no better, and the bound keeps the analysis linear in
    /// the pattern's length (a run is never copied longer than this).
    /// </summary>
    internal const int MaxLiteralLength = 64;

    /// <summary>More alternatives than this in one literal set are not worth enumerating.</summary>
    private const int MaxAlternatives = 64;

    /// <summary>
    /// A required alternation contributes one literal per branch (a list of makers' names may have hundreds); past
    /// this many, the one vectorised search that finds them all would cost more than it saves.
    /// </summary>
    private const int MaxBranchLiterals = 1024;

    /// <summary>The literals (any one of which every match contains, ignoring case), or an empty list.</summary>
    public static IReadOnlyList<string> Extract(string pattern, RegexOptions options)
    {
        if ((options & RegexOptions.IgnorePatternWhitespace) != 0 || pattern.Contains("(?x", StringComparison.Ordinal) || pattern.Contains("(?#", StringComparison.Ordinal))
        {
            return [];
        }

        try
        {
            var parser = new Parser(pattern);
            var result = parser.ParseAlternation();
            return parser.AtEnd && result.Best is { } best && Score(best) >= MinLength
                ? best.Distinct(StringComparer.OrdinalIgnoreCase).ToList()
                : [];
        }
        catch (UnsupportedPatternException)
        {
            return [];
        }
    }

    private static int Score(List<string> set) => set.Count == 0 ? 0 : set.Min(s => s.Length);

    /// <summary>The better of two candidates: the one whose shortest literal is longer; fewer literals on a tie.</summary>
    private static List<string>? Better(List<string>? a, List<string>? b)
    {
        if (a is null || Score(a) == 0)
        {
            return b is null || Score(b) == 0 ? null : b;
        }

        if (b is null || Score(b) == 0)
        {
            return a;
        }

        var (sa, sb) = (Score(a), Score(b));
        return sa != sb ? (sa > sb ? a : b) : (a.Count <= b.Count ? a : b);
    }

    private static List<string>? Product(List<string> left, List<string> right) =>
        left.Count == 1 && right.Count == 1 ? [left[0] + right[0]]
        : left.Count * right.Count > MaxAlternatives ? null
        : left.SelectMany(l => right.Select(r => l + r)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static List<string> Union(IEnumerable<List<string>> sets) => sets.SelectMany(s => s).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>A prefix or suffix set too large to join with anything is no better than none ([""]).</summary>
    private static List<string> Bounded(List<string> set) => set.Count > MaxAlternatives ? [""] : set;

    /// <summary>
    /// What a sequence or group says about literals: the strings it matches when it is plain text (else null), the
    /// plain text every match starts and ends with, and the best required literal set anywhere inside it.
    /// </summary>
    private sealed record Analysis(List<string>? Exact, List<string> Prefix, List<string> Suffix, List<string>? Best);

    private sealed class UnsupportedPatternException : Exception;

    private sealed class Parser(string pattern)
    {
        private static readonly List<string> Nothing = [""];

        /// <summary>Groups nested deeper than this are not analysed (the analysis recurses once per level).</summary>
        private const int MaxDepth = 64;
        private int _pos;
        private int _depth;

        public bool AtEnd => _pos >= pattern.Length;

        /// <summary>branch ('|' branch)*: a literal is required only when every branch requires one.</summary>
        public Analysis ParseAlternation()
        {
            var branches = new List<Analysis> { ParseSequence() };
            while (_pos < pattern.Length && pattern[_pos] == '|')
            {
                _pos++;
                branches.Add(ParseSequence());
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            var exact = branches.All(b => b.Exact is not null) ? Union(branches.Select(b => b.Exact!)) : null;
            if (exact is { Count: > MaxAlternatives })
            {
                exact = null;
            }

            var best = branches.All(b => b.Best is not null) ? Union(branches.Select(b => b.Best!)) : null;
            if (best is { Count: > MaxBranchLiterals })
            {
                best = null;
            }

            return new Analysis(exact, Bounded(Union(branches.Select(b => b.Prefix))), Bounded(Union(branches.Select(b => b.Suffix))), best);
        }

        private Analysis ParseSequence()
        {
            var run = Nothing;
            List<string>? prefix = null;
            List<string>? best = null;
            var exact = true;

            // Ends the current contiguous run: it is a candidate, and the first one to end is the sequence's prefix.
            void Break(List<string> ended, List<string> restart)
            {
                best = Better(best, ended);
                prefix ??= ended;
                exact = false;
                run = restart;
            }

            while (_pos < pattern.Length && pattern[_pos] is not ('|' or ')'))
            {
                var c = pattern[_pos];
                switch (c)
                {
                    case '(':
                        var group = ParseGroup();
                        if (group is null)
                        {
                            // Inline options change nothing for a case-blind literal; lookarounds are not followed.
                            if (_pos > 0 && pattern[_pos - 1] == ')' && IsLookaround)
                            {
                                Break(run, Nothing);
                            }

                            SkipQuantifier();
                            break;
                        }

                        if (IsOptionalQuantifier())
                        {
                            SkipQuantifier();
                            Break(run, Nothing);
                        }
                        else if (IsRepeatQuantifier())
                        {
                            SkipQuantifier();
                            best = Better(best, group.Best);
                            Break(Product(run, group.Prefix) ?? run, group.Suffix);
                        }
                        else if (group.Exact is not null && Product(CutIfLong(run, Break), group.Exact) is { } joined)
                        {
                            run = joined;
                        }
                        else
                        {
                            best = Better(best, group.Best);
                            Break(Product(run, group.Prefix) ?? run, group.Suffix);
                        }

                        break;
                    case '[':
                        SkipClass();
                        SkipQuantifier();
                        Break(run, Nothing);
                        break;
                    case '.' or '^' or '$':
                        _pos++;
                        SkipQuantifier();
                        Break(run, Nothing);
                        break;
                    case '*' or '+' or '?' or '{':
                        // A quantifier with nothing before it, or a brace that is not one: not understood.
                        throw new UnsupportedPatternException();
                    case '\\':
                        if (EscapedLiteral() is { } literal)
                        {
                            _pos += 2;
                            AppendLiteral(literal, ref run, Break);
                        }
                        else
                        {
                            SkipEscape();
                            SkipQuantifier();
                            Break(run, Nothing);
                        }

                        break;
                    default:
                        _pos++;
                        AppendLiteral(c, ref run, Break);
                        break;
                }
            }

            best = Better(best, run);
            return new Analysis(exact ? run : null, prefix ?? run, run, best);
        }

        private bool IsLookaround { get; set; }

        /// <summary>A literal character and its quantifier: optional ends the run before it, repeated ends it after.</summary>
        private void AppendLiteral(char c, ref List<string> run, Action<List<string>, List<string>> breakRun)
        {
            if (IsOptionalQuantifier())
            {
                SkipQuantifier();
                breakRun(run, Nothing);
                return;
            }

            var one = c.ToString();
            var extended = Product(CutIfLong(run, breakRun), [one]) ?? [one];
            if (IsRepeatQuantifier())
            {
                SkipQuantifier();
                breakRun(extended, [one]);
                return;
            }

            run = extended;
        }

        /// <summary>
        /// Ends a run that has reached <see cref="MaxLiteralLength"/> so the next text starts a new one: its start is
        /// still required text, and no run is ever copied longer than twice the bound.
        /// </summary>
        private static List<string> CutIfLong(List<string> run, Action<List<string>, List<string>> breakRun)
        {
            foreach (var literal in run)
            {
                if (literal.Length >= MaxLiteralLength)
                {
                    breakRun([.. run.Select(l => l.Length > MaxLiteralLength ? l[..MaxLiteralLength] : l).Distinct(StringComparer.OrdinalIgnoreCase)], Nothing);
                    return Nothing;
                }
            }

            return run;
        }

        private bool IsOptionalQuantifier()
        {
            if (_pos >= pattern.Length)
            {
                return false;
            }

            var c = pattern[_pos];
            return c is '?' or '*' || (c == '{' && _pos + 1 < pattern.Length && pattern[_pos + 1] is '0' or ',');
        }

        private bool IsRepeatQuantifier() => _pos < pattern.Length && pattern[_pos] is '+' or '{';

        private void SkipQuantifier()
        {
            if (_pos >= pattern.Length)
            {
                return;
            }

            var c = pattern[_pos];
            if (c is '?' or '*' or '+')
            {
                _pos++;
            }
            else if (c == '{')
            {
                var close = pattern.IndexOf('}', _pos);
                if (close < 0 || !IsCountedQuantifier(pattern.AsSpan(_pos + 1, close - _pos - 1)))
                {
                    throw new UnsupportedPatternException();
                }

                _pos = close + 1;
            }
            else
            {
                return;
            }

            // Lazy (?) or possessive (+) modifier.
            if (_pos < pattern.Length && pattern[_pos] is '?' or '+')
            {
                _pos++;
            }
        }

        private static bool IsCountedQuantifier(ReadOnlySpan<char> body)
        {
            if (body.IsEmpty)
            {
                return false;
            }

            foreach (var c in body)
            {
                if (!char.IsAsciiDigit(c) && c != ',')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The character an escape stands for when it is a plain character (\. \- \/ \ ), else null.</summary>
        private char? EscapedLiteral()
        {
            if (_pos + 1 >= pattern.Length)
            {
                throw new UnsupportedPatternException();
            }

            var next = pattern[_pos + 1];
            return char.IsAsciiLetterOrDigit(next) || next == '_' || next > 127 ? null : next;
        }

        private void SkipEscape()
        {
            var next = pattern[_pos + 1];
            _pos += 2;
            if (next is 'p' or 'P' or 'k')
            {
                if (_pos < pattern.Length && pattern[_pos] is '{' or '<' or '\'')
                {
                    var close = pattern.IndexOfAny(['}', '>', '\''], _pos + 1);
                    _pos = close < 0 ? throw new UnsupportedPatternException() : close + 1;
                }
            }
            else if (next == 'x')
            {
                while (_pos < pattern.Length && char.IsAsciiHexDigit(pattern[_pos]))
                {
                    _pos++;
                }
            }
            else if (next == 'u')
            {
                _pos += 4;
            }
            else if (char.IsAsciiDigit(next))
            {
                // A back-reference or octal escape: all its digits belong to it.
                while (_pos < pattern.Length && char.IsAsciiDigit(pattern[_pos]))
                {
                    _pos++;
                }
            }
            else if (next == 'c')
            {
                _pos++;
            }
        }

        private void SkipClass()
        {
            _pos++;
            if (_pos < pattern.Length && pattern[_pos] == '^')
            {
                _pos++;
            }

            // A ']' right after '[' or '[^' is a member, not the end.
            if (_pos < pattern.Length && pattern[_pos] == ']')
            {
                _pos++;
            }

            var depth = 1;
            while (_pos < pattern.Length)
            {
                var c = pattern[_pos];
                if (c == '\\')
                {
                    _pos += 2;
                    continue;
                }

                if (c == '[')
                {
                    depth++;
                }
                else if (c == ']' && --depth == 0)
                {
                    _pos++;
                    return;
                }

                _pos++;
            }

            throw new UnsupportedPatternException();
        }

        /// <summary>
        /// A group's analysis when it is a plain, capturing, named or atomic group; null for inline options and
        /// lookarounds (then <see cref="IsLookaround"/> tells which).
        /// </summary>
        private Analysis? ParseGroup()
        {
            if (++_depth > MaxDepth)
            {
                throw new UnsupportedPatternException();
            }

            try
            {
                return ParseGroupBody();
            }
            finally
            {
                _depth--;
            }
        }

        private Analysis? ParseGroupBody()
        {
            IsLookaround = false;
            var opening = RegexGroupOpening.Read(pattern, _pos) ?? throw new UnsupportedPatternException();
            _pos = opening.BodyStart;
            switch (opening.Kind)
            {
                case RegexGroupKind.Lookaround:
                    _ = ParseAlternation();
                    ExpectClose();
                    IsLookaround = true;
                    return null;
                case RegexGroupKind.OptionsAlone:
                    // (?i) alone changes nothing for a case-blind prefilter; (?i:...) is a group.
                    return null;
            }

            var inner = ParseAlternation();
            ExpectClose();
            return inner;
        }

        private void ExpectClose()
        {
            if (_pos >= pattern.Length || pattern[_pos] != ')')
            {
                throw new UnsupportedPatternException();
            }

            _pos++;
        }
    }
}
