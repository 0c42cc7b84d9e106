namespace NetOrigin.Policies.Approval;

/// <summary>
/// A product pattern of an approved list: '*' stands for any run of characters, '?' for any one, and letters are
/// compared ignoring case. Matching takes time linear in the text and never backtracks: the pattern is split at its
/// stars, the part before the first star must start the text and the part after the last must end it, and each part
/// between is taken at the first place it occurs after the previous one (the leftmost place is always a safe choice
/// when a star separates the parts). Each part is found with a bit-parallel scan (shift-and) in which '?' is a
/// position that accepts every character.
/// </summary>
internal sealed class WildcardPattern
{
    /// <summary>Product names are short; a pattern longer than this is not one.</summary>
    public const int MaxLength = 256;

    private readonly string _head;
    private readonly string? _tail;
    private readonly Segment[] _middle;

    public WildcardPattern(string pattern)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pattern.Length, MaxLength, nameof(pattern));
        Text = pattern;
        var parts = pattern.ToUpperInvariant().Split('*');
        _head = parts[0];
        _tail = parts.Length > 1 ? parts[^1] : null;
        _middle = parts.Length > 2 ? [.. parts[1..^1].Where(p => p.Length > 0).Select(p => new Segment(p))] : [];
    }

    public string Text { get; }

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (_tail is null)
        {
            return text.Length == _head.Length && MatchesAt(text, _head);
        }

        if (text.Length < _head.Length + _tail.Length || !MatchesAt(text, _head) || !MatchesAt(text[^_tail.Length..], _tail))
        {
            return false;
        }

        var rest = text[_head.Length..^_tail.Length];
        foreach (var segment in _middle)
        {
            var end = segment.EndOfFirstMatch(rest);
            if (end < 0)
            {
                return false;
            }

            rest = rest[end..];
        }

        return true;
    }

    public override string ToString() => Text;

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="part"/> (upper case, '?' for any character).</summary>
    private static bool MatchesAt(ReadOnlySpan<char> text, string part)
    {
        for (var i = 0; i < part.Length; i++)
        {
            if (part[i] != '?' && part[i] != char.ToUpperInvariant(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One star-free part, as shift-and masks: bit i of a character's mask is set when position i accepts it.</summary>
    private sealed class Segment
    {
        private readonly Dictionary<char, ulong[]> _masks = [];
        private readonly ulong[] _anyCharacter;
        private readonly int _length;

        public Segment(string part)
        {
            _length = part.Length;
            var words = (part.Length + 63) / 64;
            _anyCharacter = new ulong[words];
            for (var i = 0; i < part.Length; i++)
            {
                if (part[i] == '?')
                {
                    _anyCharacter[i / 64] |= 1UL << (i % 64);
                }
            }

            for (var i = 0; i < part.Length; i++)
            {
                if (part[i] != '?' && !_masks.ContainsKey(part[i]))
                {
                    var mask = (ulong[])_anyCharacter.Clone();
                    for (var j = i; j < part.Length; j++)
                    {
                        if (part[j] == part[i])
                        {
                            mask[j / 64] |= 1UL << (j % 64);
                        }
                    }

                    _masks[part[i]] = mask;
                }
            }
        }

        /// <summary>The index just past the first occurrence in <paramref name="text"/>, or -1.</summary>
        public int EndOfFirstMatch(ReadOnlySpan<char> text)
        {
            var words = _anyCharacter.Length;
            Span<ulong> state = words <= 8 ? stackalloc ulong[words] : new ulong[words];
            state.Clear();
            var lastWord = (_length - 1) / 64;
            var lastBit = 1UL << ((_length - 1) % 64);
            for (var i = 0; i < text.Length; i++)
            {
                var mask = _masks.TryGetValue(char.ToUpperInvariant(text[i]), out var m) ? m : _anyCharacter;
                var carry = 1UL;
                for (var w = 0; w < words; w++)
                {
                    var next = state[w] >> 63;
                    state[w] = ((state[w] << 1) | carry) & mask[w];
                    carry = next;
                }

                if ((state[lastWord] & lastBit) != 0)
                {
                    return i + 1;
                }
            }

            return -1;
        }
    }
}
