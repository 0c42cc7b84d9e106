using System.Text;
using NetOrigin.Entities;

namespace NetOrigin.Identification;

/// <summary>
/// Finds the names of listed makers inside free text. Devices describe themselves as "maker product version"
/// ("Teleste Luminato 8.2", "Smartoptics, DCP-M40 …") or sign their texts ("Copyright (C) 2016 by Digital China
/// Networks Limited"), so a maker's name in a sysDescr or banner names the maker even for product lines no
/// fingerprint knows. Names are matched as whole words on the organisations' strict keys (case, punctuation and
/// legal suffixes ignored); a key two organisations share is dropped, and one-word names must be capitalised in the
/// text and not be ordinary words.
/// </summary>
public sealed class MakerNameIndex
{
    private const int MaxNameWords = 4;
    private const int MaxTextWords = 64;

    /// <summary>One-word maker names that are also ordinary or technical words (or a routing daemon's name).</summary>
    private static readonly HashSet<string> OrdinaryWords = new(StringComparer.Ordinal)
    {
        "alpha", "delta", "planet", "digital", "sun", "arch", "edge", "brother", "sharp", "zebra", "tomato", "vision",
        "focus", "atlas", "matrix", "unify", "ribbon", "genesis", "phoenix", "apollo", "spectrum", "summit", "quantum",
        "sonic", "pulse", "core", "orbit", "nexus", "prime", "fusion", "unity", "eagle", "titan", "patriot", "merit",
        "visual", "touch", "basis", "formation", "interactive", "premier", "power", "smart", "global", "general",
        "advanced", "network", "networks", "systems", "communications", "technology", "security", "micro", "data",
        "linux", "unix", "kali", "google", "android", "proxim", "ascom",
    };

    private readonly Dictionary<string, Organisation?> _byKey = new(StringComparer.Ordinal);

    internal MakerNameIndex(OrganisationGraph graph)
    {
        foreach (var organisation in graph.Organisations)
        {
            if (!organisation.Listed || organisation.Kind != OrganisationKind.Manufacturer && (organisation.InsideDevices & PartRole.OperatingSystem) == 0)
            {
                continue;
            }

            foreach (var name in OrganisationResolver.NamesOf(organisation))
            {
                Add(OrganisationNames.Key(name), organisation);
            }
        }

        foreach (var brand in graph.Brands)
        {
            if (graph.TryGet(brand.OwnerId, out var owner))
            {
                Add(OrganisationNames.Key(brand.Name), owner);
            }
        }
    }

    /// <summary>The first maker name in the text: the organisation, the words as written and whether they open the text.</summary>
    internal (Organisation Organisation, string Words, bool Opening)? Find(string text)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(MaxNameWords, words.Count - i); n >= 1; n--)
            {
                var key = string.Join(' ', words.GetRange(i, n).Select(w => w.Lower));
                if (!_byKey.TryGetValue(key, out var organisation) || organisation is null)
                {
                    continue;
                }

                if (n == 1 && !Distinctive(words[i]))
                {
                    continue;
                }

                return (organisation, string.Join(' ', words.GetRange(i, n).Select(w => w.Written)), i == 0);
            }
        }

        return null;
    }

    /// <summary>A one-word name counts when it is capitalised as a name is and is not an ordinary word.</summary>
    private static bool Distinctive((string Lower, string Written) word) =>
        !OrdinaryWords.Contains(word.Lower) && char.IsUpper(word.Written[0]) && (word.Lower.Length >= 4 || word.Written.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    private void Add(string key, Organisation organisation)
    {
        if (key.Length < 3 || key.Count(c => c == ' ') >= MaxNameWords)
        {
            return;
        }

        if (_byKey.TryGetValue(key, out var existing))
        {
            if (existing is not null && !ReferenceEquals(existing, organisation))
            {
                _byKey[key] = null;
            }

            return;
        }

        _byKey[key] = organisation;
    }

    /// <summary>The text's words as the strict key sees them (letters and digits; "&amp;" as "and"), with their written form.</summary>
    private static List<(string Lower, string Written)> Words(string text)
    {
        var words = new List<(string, string)>(16);
        var sb = new StringBuilder();
        void Flush()
        {
            if (sb.Length > 0)
            {
                var written = sb.ToString();
                words.Add((written.ToLowerInvariant(), written));
                sb.Clear();
            }
        }

        foreach (var c in text)
        {
            if (words.Count >= MaxTextWords)
            {
                break;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c is '\'' or '’')
            {
                // "Xi'an" and "Xian" are one word.
            }
            else
            {
                Flush();
                if (c == '&')
                {
                    words.Add(("and", "&"));
                }
            }
        }

        Flush();
        return words;
    }
}
