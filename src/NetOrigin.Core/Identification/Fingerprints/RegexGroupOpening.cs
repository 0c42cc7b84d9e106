namespace NetOrigin.Identification.Fingerprints;

/// <summary>What a group's opening makes of the text inside it.</summary>
internal enum RegexGroupKind
{
    /// <summary>A group whose body is matched text: (...), (?:...), (?>...), a named group, (?i:...).</summary>
    Matching,

    /// <summary>A lookahead or lookbehind: its body is checked but consumes nothing.</summary>
    Lookaround,

    /// <summary>Inline options that apply to the rest of the enclosing group, (?i), with no body.</summary>
    OptionsAlone,
}

/// <summary>
/// How a regex group opens, read one way for both pattern analyses (the literal prefilter and the leading-character
/// sets) so that they can never disagree on which forms they understand.
/// </summary>
/// <param name="Kind">What the group's body is.</param>
/// <param name="BodyStart">Index just past the opening (past the closing parenthesis for options alone).</param>
/// <param name="Options">The inline option letters, such as "i" or "i-m"; empty for other groups.</param>
internal readonly record struct RegexGroupOpening(RegexGroupKind Kind, int BodyStart, Range Options)
{
    /// <summary>Reads the group opening at <paramref name="open"/> (a '('); null for a form neither analysis knows.</summary>
    public static RegexGroupOpening? Read(string pattern, int open)
    {
        var pos = open + 1;
        if (pos >= pattern.Length || pattern[pos] != '?')
        {
            return new RegexGroupOpening(RegexGroupKind.Matching, pos, default);
        }

        var rest = pattern.AsSpan(pos);
        if (rest.StartsWith("?:") || rest.StartsWith("?>"))
        {
            return new RegexGroupOpening(RegexGroupKind.Matching, pos + 2, default);
        }

        if (rest.StartsWith("?=") || rest.StartsWith("?!") || rest.StartsWith("?<=") || rest.StartsWith("?<!"))
        {
            return new RegexGroupOpening(RegexGroupKind.Lookaround, pos + (rest.StartsWith("?<") ? 3 : 2), default);
        }

        if (rest.StartsWith("?<") || rest.StartsWith("?'") || rest.StartsWith("?P<"))
        {
            var close = pattern.IndexOfAny(['>', '\''], pos + 2);
            return close < 0 ? null : new RegexGroupOpening(RegexGroupKind.Matching, close + 1, default);
        }

        var end = pos + 1;
        while (end < pattern.Length && (char.IsAsciiLetter(pattern[end]) || pattern[end] == '-'))
        {
            end++;
        }

        if (end >= pattern.Length || end == pos + 1 || pattern[end] is not (')' or ':'))
        {
            return null;
        }

        var kind = pattern[end] == ')' ? RegexGroupKind.OptionsAlone : RegexGroupKind.Matching;
        return new RegexGroupOpening(kind, end + 1, (pos + 1)..end);
    }
}
