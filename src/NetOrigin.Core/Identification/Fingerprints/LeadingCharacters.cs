using System.Text.RegularExpressions;

namespace NetOrigin.Identification.Fingerprints;

/// <summary>
/// The ASCII characters a text must start with for an anchored pattern to match it ("^(?:Amcrest\s+)?(IP\d|NV\d)"
/// can only match a text starting with A, I or N, in either case). Model-number and many banner patterns are
/// anchored but share no literal of three characters, so this is what lets a fingerprint set skip them without
/// running the expression. Conservative: a construct the analysis does not fully understand widens the set to
/// every character or yields no set, never a set that would turn away a matching text. Only ASCII is described;
/// a text whose first character is not ASCII is never turned away (case equivalences such as the Kelvin sign).
/// recog's patterns always run in multi-line mode, where '^' also matches after a line break, so the set speaks
/// only of texts without a line break (<see cref="Admits(UInt128, string)"/>).
/// </summary>
internal static class LeadingCharacters
{
    private static readonly UInt128 All = UInt128.MaxValue;

    /// <summary>The set (bit c for ASCII character c, both cases of a letter), or null when the pattern is not anchored at the start of the text.</summary>
    public static UInt128? Of(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            return null;
        }

        try
        {
            var parser = new Parser(pattern);
            var result = parser.ParseTop();
            return parser.AtEnd && result != All ? result : null;
        }
        catch (NotAnalysedException)
        {
            return null;
        }
    }

    /// <summary>Whether a text without a line break that starts with <paramref name="first"/> may match a pattern with this leading set.</summary>
    public static bool Admits(UInt128 set, char first) => first >= 128 || ((set >> first) & UInt128.One) != UInt128.Zero;

    /// <summary>Whether a text may match a pattern with this leading set (any text with a line break may).</summary>
    public static bool Admits(UInt128 set, string text) =>
        text.Length == 0 || Admits(set, text[0]) || text.AsSpan().IndexOf('\n') >= 0;

    private sealed class NotAnalysedException : Exception;

    private static UInt128 Bit(char c) => c < 128 ? UInt128.One << c : throw new NotAnalysedException();

    private static UInt128 Letter(char c) =>
        char.IsAsciiLetter(c) ? Bit(char.ToUpperInvariant(c)) | Bit(char.ToLowerInvariant(c)) : Bit(c);

    private static UInt128 Range(char from, char to)
    {
        if (from > to)
        {
            throw new NotAnalysedException();
        }

        if (to >= 128)
        {
            // Characters past ASCII may be case-equivalent to ASCII letters (the Kelvin sign and k).
            return All;
        }

        var set = UInt128.Zero;
        for (var c = from; c <= to && c < 128; c++)
        {
            set |= Letter(c);
        }

        return set;
    }

    private static readonly UInt128 Digits = Range('0', '9');
    private static readonly UInt128 WordCharacters = Range('a', 'z') | Digits | Bit('_');
    private static readonly UInt128 Spaces = Bit(' ') | Bit('\t') | Bit('\n') | Bit('\v') | Bit('\f') | Bit('\r');

    private readonly record struct Element(UInt128 Set, bool Nullable);

    private sealed class Parser(string pattern)
    {
        private const int MaxDepth = 64;
        private int _pos;
        private int _depth;

        public bool AtEnd => _pos >= pattern.Length;

        /// <summary>Every top-level branch must start (after inline options) with ^ or \A, or there is no leading set.</summary>
        public UInt128 ParseTop()
        {
            var set = UInt128.Zero;
            while (true)
            {
                SkipInlineOptions();
                if (pattern.AsSpan(_pos).StartsWith("^"))
                {
                    _pos++;
                }
                else if (pattern.AsSpan(_pos).StartsWith(@"\A"))
                {
                    _pos += 2;
                }
                else
                {
                    throw new NotAnalysedException();
                }

                var branch = ParseSequence();
                set |= branch.Nullable ? All : branch.Set;
                if (AtEnd)
                {
                    return set;
                }

                if (pattern[_pos] != '|')
                {
                    throw new NotAnalysedException();
                }

                _pos++;
            }
        }

        private void SkipInlineOptions()
        {
            while (_pos + 2 < pattern.Length && pattern[_pos] == '(' && pattern[_pos + 1] == '?' && char.IsAsciiLetter(pattern[_pos + 2]))
            {
                var end = _pos + 2;
                while (end < pattern.Length && (char.IsAsciiLetter(pattern[end]) || pattern[end] == '-'))
                {
                    end++;
                }

                if (end >= pattern.Length || pattern[end] != ')')
                {
                    return;
                }

                CheckOptions(pattern.AsSpan(_pos + 2, end - _pos - 2));
                _pos = end + 1;
            }
        }

        /// <summary>Pattern-whitespace mode changes what a character means.</summary>
        private static void CheckOptions(ReadOnlySpan<char> letters)
        {
            if (letters.Contains('x'))
            {
                throw new NotAnalysedException();
            }
        }

        private Element ParseAlternation()
        {
            var set = UInt128.Zero;
            var nullable = false;
            while (true)
            {
                var branch = ParseSequence();
                set |= branch.Set;
                nullable |= branch.Nullable;
                if (_pos < pattern.Length && pattern[_pos] == '|')
                {
                    _pos++;
                    continue;
                }

                return new Element(set, nullable);
            }
        }

        /// <summary>The characters the sequence can start with: each element's while all before it can match empty.</summary>
        private Element ParseSequence()
        {
            var set = UInt128.Zero;
            var nullable = true;
            while (_pos < pattern.Length && pattern[_pos] is not ('|' or ')'))
            {
                var element = ParseElement();
                element = ApplyQuantifier(element);
                if (nullable)
                {
                    set |= element.Set;
                    nullable = element.Nullable;
                }
            }

            return new Element(set, nullable);
        }

        private Element ParseElement()
        {
            var c = pattern[_pos];
            switch (c)
            {
                case '(':
                    return ParseGroup();
                case '[':
                    return new Element(ParseClass(), false);
                case '.':
                    _pos++;
                    return new Element(All, false);
                case '^' or '$':
                    _pos++;
                    return new Element(UInt128.Zero, true);
                case '*' or '+' or '?' or '{':
                    throw new NotAnalysedException();
                case '\\':
                    return ParseEscape(inClass: false);
                default:
                    _pos++;
                    return new Element(c < 128 ? Letter(c) : All, false);
            }
        }

        private Element ApplyQuantifier(Element element)
        {
            if (_pos >= pattern.Length)
            {
                return element;
            }

            var c = pattern[_pos];
            var optional = false;
            if (c is '?' or '*')
            {
                optional = true;
                _pos++;
            }
            else if (c == '+')
            {
                _pos++;
            }
            else if (c == '{')
            {
                var close = pattern.IndexOf('}', _pos);
                if (close < 0)
                {
                    throw new NotAnalysedException();
                }

                var body = pattern.AsSpan(_pos + 1, close - _pos - 1);
                var comma = body.IndexOf(',');
                var min = comma < 0 ? body : body[..comma];
                if (!int.TryParse(min, out var minimum) || (comma >= 0 && body[(comma + 1)..] is { IsEmpty: false } max && !int.TryParse(max, out _)))
                {
                    throw new NotAnalysedException();
                }

                optional = minimum == 0;
                _pos = close + 1;
            }
            else
            {
                return element;
            }

            if (_pos < pattern.Length && pattern[_pos] is '?' or '+')
            {
                _pos++;
            }

            return optional ? element with { Nullable = true } : element;
        }

        private Element ParseGroup()
        {
            if (++_depth > MaxDepth)
            {
                throw new NotAnalysedException();
            }

            var opening = RegexGroupOpening.Read(pattern, _pos) ?? throw new NotAnalysedException();
            CheckOptions(pattern.AsSpan(opening.Options));
            _pos = opening.BodyStart;
            if (opening.Kind == RegexGroupKind.OptionsAlone)
            {
                _depth--;
                return new Element(UInt128.Zero, true);
            }

            var inner = ParseAlternation();
            if (_pos >= pattern.Length || pattern[_pos] != ')')
            {
                throw new NotAnalysedException();
            }

            _pos++;
            _depth--;
            return opening.Kind == RegexGroupKind.Lookaround ? new Element(UInt128.Zero, true) : inner;
        }

        private UInt128 ParseClass()
        {
            _pos++;
            if (_pos < pattern.Length && pattern[_pos] == '^')
            {
                // A negated class admits almost everything; skip it.
                SkipClassBody();
                return All;
            }

            var set = UInt128.Zero;
            var first = true;
            while (_pos < pattern.Length)
            {
                var c = pattern[_pos];
                if (c == ']' && !first)
                {
                    _pos++;
                    return set;
                }

                first = false;
                if (c == '[')
                {
                    // Class subtraction or a POSIX-like form: not analysed.
                    throw new NotAnalysedException();
                }

                UInt128 member;
                char? single = null;
                if (c == '\\')
                {
                    var escape = ParseEscape(inClass: true);
                    member = escape.Set;
                    if (EscapedChar is { } e)
                    {
                        single = e;
                    }
                }
                else
                {
                    _pos++;
                    single = c;
                    member = c < 128 ? Letter(c) : All;
                }

                if (single is { } from && _pos + 1 < pattern.Length && pattern[_pos] == '-' && pattern[_pos + 1] != ']')
                {
                    _pos++;
                    char to;
                    if (pattern[_pos] == '\\')
                    {
                        _ = ParseEscape(inClass: true);
                        to = EscapedChar ?? throw new NotAnalysedException();
                    }
                    else
                    {
                        to = pattern[_pos++];
                    }

                    member = from >= 128 ? All : Range(from, to);
                }

                set |= member;
            }

            throw new NotAnalysedException();
        }

        private void SkipClassBody()
        {
            _pos++;
            if (_pos < pattern.Length && pattern[_pos] == ']')
            {
                _pos++;
            }

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
                    throw new NotAnalysedException();
                }

                _pos++;
                if (c == ']')
                {
                    return;
                }
            }

            throw new NotAnalysedException();
        }

        /// <summary>The single character the last escape stood for, when it stood for one.</summary>
        private char? EscapedChar { get; set; }

        private Element ParseEscape(bool inClass)
        {
            if (_pos + 1 >= pattern.Length)
            {
                throw new NotAnalysedException();
            }

            var next = pattern[_pos + 1];
            _pos += 2;
            EscapedChar = null;
            switch (next)
            {
                case 'd':
                    return new Element(Digits, false);
                case 'w':
                    return new Element(WordCharacters, false);
                case 's':
                    return new Element(Spaces, false);
                case 'D' or 'W' or 'S':
                    return new Element(All, false);
                case 'p' or 'P':
                    var close = pattern.IndexOf('}', _pos);
                    _pos = close < 0 || pattern[_pos] != '{' ? throw new NotAnalysedException() : close + 1;
                    return new Element(All, false);
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G' when !inClass:
                    return new Element(UInt128.Zero, true);
                case 't':
                    return Single('\t');
                case 'n':
                    return Single('\n');
                case 'r':
                    return Single('\r');
                case 'f':
                    return Single('\f');
                case 'v':
                    return Single('\v');
                case 'e':
                    return Single('\u001B');
                case 'a':
                    return Single('\a');
                case 'x':
                    return Single(Hex(2));
                case 'u':
                    return Single(Hex(4));
                case 'b' when inClass:
                    return Single('\b');
                default:
                    if (char.IsAsciiLetterOrDigit(next) || next == '_')
                    {
                        // Back-references, octal, control and named escapes: not analysed.
                        throw new NotAnalysedException();
                    }

                    return Single(next);
            }
        }

        private Element Single(char c)
        {
            EscapedChar = c;
            return new Element(c < 128 ? Letter(c) : All, false);
        }

        private char Hex(int digits)
        {
            if (_pos + digits > pattern.Length || !int.TryParse(pattern.AsSpan(_pos, digits), System.Globalization.NumberStyles.HexNumber, null, out var value))
            {
                throw new NotAnalysedException();
            }

            _pos += digits;
            return (char)value;
        }
    }
}
