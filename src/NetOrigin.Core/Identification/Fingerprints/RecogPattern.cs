using System.Text;
using System.Text.RegularExpressions;

namespace NetOrigin.Identification.Fingerprints;

/// <summary>
/// recog's patterns are Ruby regular expressions. This turns them into .NET ones with the same meaning: in Ruby '^'
/// and '$' always anchor at line breaks (so <see cref="RegexOptions.Multiline"/> is always on), Ruby's "m" option
/// and recog's REG_DOT_NEWLINE mean "dot matches newline" (.NET's Singleline), and \h and POSIX bracket classes
/// have no .NET spelling. Anything else Ruby-only fails to compile and the fingerprint is skipped with a note.
/// </summary>
internal static class RecogPattern
{
    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alpha"] = "a-zA-Z",
        ["digit"] = "0-9",
        ["alnum"] = "a-zA-Z0-9",
        ["upper"] = "A-Z",
        ["lower"] = "a-z",
        ["xdigit"] = "0-9A-Fa-f",
        ["space"] = "\\s",
        ["blank"] = " \\t",
        ["word"] = "\\w",
        ["punct"] = "!-/:-@\\[-`{-~",
        ["print"] = "\\x20-\\x7E",
        ["graph"] = "\\x21-\\x7E",
        ["cntrl"] = "\\x00-\\x1F\\x7F",
    };

    /// <summary>The .NET options for recog's comma-separated flags, or null (with the offending flag) when one is unknown.</summary>
    public static RegexOptions? Options(string? flags, out string? unsupported)
    {
        unsupported = null;
        var options = RegexOptions.Multiline | RegexOptions.CultureInvariant;
        foreach (var flag in (flags ?? "").Split([',', '|', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (flag)
            {
                case "REG_ICASE":
                    options |= RegexOptions.IgnoreCase;
                    break;
                case "REG_DOT_NEWLINE" or "REG_MULTILINE" or "REG_LINE_ANY_CRLF":
                    options |= RegexOptions.Singleline;
                    break;
                case "REG_LINE_ANCHORS":
                    // Ruby anchors at lines anyway.
                    break;
                default:
                    unsupported = flag;
                    return null;
            }
        }

        return options;
    }

    /// <summary>Rewrites the Ruby-only constructs that have a .NET equivalent.</summary>
    public static string Translate(string pattern)
    {
        if (pattern.AsSpan().IndexOfAny("\\[(") < 0)
        {
            return pattern;
        }

        var sb = new StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                if (next is 'h' or 'H')
                {
                    sb.Append(inClass ? (next == 'h' ? "0-9a-fA-F" : "\\W\\d") : (next == 'h' ? "[0-9a-fA-F]" : "[^0-9a-fA-F]"));
                }
                else
                {
                    sb.Append(c).Append(next);
                }

                i++;
                continue;
            }

            if (inClass)
            {
                if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':' && pattern.IndexOf(":]", i + 2, StringComparison.Ordinal) is var close and > 0
                    && PosixClasses.TryGetValue(pattern[(i + 2)..close], out var members))
                {
                    sb.Append(members);
                    i = close + 1;
                    continue;
                }

                if (c == ']')
                {
                    inClass = false;
                }

                sb.Append(c);
                continue;
            }

            if (c == '[')
            {
                inClass = true;
                sb.Append(c);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    sb.Append('^');
                    i++;
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    sb.Append(']');
                    i++;
                }

                continue;
            }

            if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?' && IsOptionLetter(pattern[i + 2]))
            {
                // Ruby's inline (?m) is "dot matches newline": .NET's (?s).
                sb.Append("(?");
                var j = i + 2;
                while (j < pattern.Length && IsOptionLetter(pattern[j]))
                {
                    sb.Append(pattern[j] == 'm' ? 's' : pattern[j]);
                    j++;
                }

                i = j - 1;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool IsOptionLetter(char c) => c is 'i' or 'm' or 'x' or '-';
}
