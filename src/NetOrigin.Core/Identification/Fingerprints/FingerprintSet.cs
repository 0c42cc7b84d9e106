using System.Buffers;

namespace NetOrigin.Identification.Fingerprints;

/// <summary>
/// The fingerprints that read one kind of text, from one or more databases, with a literal index in front of them.
/// One vectorised search finds every prefilter literal in the text; only fingerprints whose literal occurs (and the
/// few without one) run their expression — and of those, only the ones whose pattern can start with the text's
/// first character (anchored patterns, <see cref="LeadingCharacters"/>), which is what turns most model-number
/// patterns away. Within a database the first matching fingerprint wins, as in recog;
/// each database contributes at most one match.
/// </summary>
public sealed class FingerprintSet
{
    public static readonly FingerprintSet Empty = new([]);

    [ThreadStatic]
    private static List<int>? _candidates;

    private readonly Fingerprint[] _fingerprints;
    private readonly int[] _databaseOf;
    private readonly int[] _unfiltered;
    private readonly UInt128[] _leading;

    /// <summary>For each ASCII first character, the fingerprints without a literal that can match a text starting with it.</summary>
    private readonly int[][] _unfilteredByFirst;
    private readonly SearchValues<string>? _literals;
    private readonly Dictionary<char, (string Literal, int[] Fingerprints)[]> _literalsByFirstChar = [];

    internal FingerprintSet(IReadOnlyList<FingerprintDatabase> databases)
    {
        Databases = databases;
        var fingerprints = new List<Fingerprint>();
        var databaseOf = new List<int>();
        var unfiltered = new List<int>();
        var byLiteral = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var d = 0; d < databases.Count; d++)
        {
            foreach (var fingerprint in databases[d].Fingerprints)
            {
                var ordinal = fingerprints.Count;
                fingerprints.Add(fingerprint);
                databaseOf.Add(d);
                if (fingerprint.Prefilter.Count == 0)
                {
                    unfiltered.Add(ordinal);
                    continue;
                }

                foreach (var literal in fingerprint.Prefilter)
                {
                    if (!byLiteral.TryGetValue(literal, out var list))
                    {
                        byLiteral[literal] = list = [];
                    }

                    list.Add(ordinal);
                }
            }
        }

        _fingerprints = [.. fingerprints];
        _databaseOf = [.. databaseOf];
        _unfiltered = [.. unfiltered];
        _leading = [.. fingerprints.Select(f => f.Leading ?? UInt128.MaxValue)];
        _unfilteredByFirst = new int[128][];
        for (var c = 0; c < 128; c++)
        {
            _unfilteredByFirst[c] = [.. _unfiltered.Where(o => LeadingCharacters.Admits(_leading[o], (char)c))];
        }
        if (byLiteral.Count > 0)
        {
            _literals = SearchValues.Create(byLiteral.Keys.ToArray(), StringComparison.OrdinalIgnoreCase);
            foreach (var group in byLiteral.GroupBy(p => char.ToUpperInvariant(p.Key[0])))
            {
                _literalsByFirstChar[group.Key] = group.Select(p => (p.Key, p.Value.ToArray())).ToArray();
            }
        }
    }

    internal IReadOnlyList<FingerprintDatabase> Databases { get; }

    public int Count => _fingerprints.Length;

    /// <summary>How many fingerprints have no prefilter literal and so run on every text.</summary>
    internal int UnfilteredCount => _unfiltered.Length;

    /// <summary>How many fingerprints have a known set of leading characters.</summary>
    public int AnchoredCount => _leading.Count(l => l != UInt128.MaxValue);

    /// <summary>
    /// Adds to <paramref name="matches"/> the first matching fingerprint of each database, in database order. A
    /// fingerprint that times out is skipped and noted in <paramref name="notes"/>.
    /// </summary>
    public void Match(string text, List<FingerprintMatch> matches, List<string>? notes = null)
    {
        if (_fingerprints.Length == 0 || text.Length == 0)
        {
            return;
        }

        var candidates = _candidates ??= new List<int>(16);
        candidates.Clear();
        // '^' also matches after a line break (recog's multi-line mode): such a text's first character says nothing.
        var first = text.AsSpan().IndexOf('\n') < 0 ? text[0] : '\u0080';
        CollectCandidates(text, first, candidates);
        if (candidates.Count == 0)
        {
            return;
        }

        candidates.Sort();
        var previous = -1;
        var matchedDatabase = -1;
        foreach (var ordinal in candidates)
        {
            if (ordinal == previous || _databaseOf[ordinal] == matchedDatabase || !LeadingCharacters.Admits(_leading[ordinal], first))
            {
                continue;
            }

            previous = ordinal;
            var fingerprint = _fingerprints[ordinal];
            switch (fingerprint.TryMatch(text, out var match))
            {
                case FingerprintOutcome.Matched:
                    matches.Add(match!);
                    matchedDatabase = _databaseOf[ordinal];
                    break;
                case FingerprintOutcome.TimedOut:
                    notes?.Add($"fingerprint '{fingerprint.Description}' ({fingerprint.Where}) ran past its {fingerprint.MatchTimeout.TotalMilliseconds:0} ms limit on this text and was skipped"
                        + (fingerprint.Disabled ? $"; after {Fingerprint.TimeoutsBeforeDisabled} time-outs it is no longer used" : ""));
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>The first match (of the first database that matches), or null.</summary>
    public FingerprintMatch? First(string text)
    {
        var matches = new List<FingerprintMatch>(1);
        Match(text, matches);
        return matches.Count > 0 ? matches[0] : null;
    }

    private void CollectCandidates(string text, char first, List<int> candidates)
    {
        candidates.AddRange(first < 128 ? _unfilteredByFirst[first] : _unfiltered);
        if (_literals is null)
        {
            return;
        }

        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var found = span[position..].IndexOfAny(_literals);
            if (found < 0)
            {
                break;
            }

            position += found;
            if (_literalsByFirstChar.TryGetValue(char.ToUpperInvariant(span[position]), out var entries))
            {
                var rest = span[position..];
                foreach (var (literal, fingerprints) in entries)
                {
                    if (rest.StartsWith(literal, StringComparison.OrdinalIgnoreCase))
                    {
                        candidates.AddRange(fingerprints);
                    }
                }
            }

            position++;
        }
    }
}
