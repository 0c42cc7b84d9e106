using System.Text;

namespace NetOrigin.Entities;

/// <summary>
/// Normalises organisation names so the spellings of one company meet: case, punctuation, width, legal suffixes
/// ("Co., Ltd.", "GmbH", "有限公司") and, for the looser core key, generic words and city or province prefixes.
/// </summary>
public static class OrganisationNames
{
    private static readonly HashSet<string> LegalWords = new(StringComparer.Ordinal)
    {
        "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "lp", "llp", "plc",
        "gmbh", "ag", "kg", "sa", "sas", "sarl", "spa", "srl", "bv", "nv", "ab", "oy", "oyj", "asa", "kk", "pte", "pty",
        "sdn", "bhd", "jsc", "pjsc", "ao", "ooo", "the", "and", "of", "cv", "de", "s", "a",
    };

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "technology", "technologies", "tech", "digital", "communication", "communications", "network", "networks",
        "system", "systems", "electronics", "electronic", "group", "holding", "holdings", "international", "intl",
        "industrial", "industries", "science", "sciences", "products", "solutions",
    };

    /// <summary>Generic words so common in makers' names that dropping them never changes whom a name means.</summary>
    internal static readonly IReadOnlySet<string> AlwaysDroppable = new HashSet<string>(StringComparer.Ordinal) { "technology", "technologies", "tech" };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "shenzhen", "hangzhou", "zhejiang", "beijing", "shanghai", "wuhan", "guangzhou", "guangdong", "jiangsu",
        "nanjing", "chengdu", "xiamen", "dongguan", "suzhou", "qingdao", "jinan", "shandong", "tianjin", "sz", "xian",
        "hefei", "fujian", "fuzhou", "ningbo", "zhuhai", "foshan", "changsha", "wuxi",
    };

    private static readonly string[] ChineseLegalSuffixes = ["股份有限公司", "有限责任公司", "有限公司", "集团", "公司"];

    /// <summary>The strict key: lower-case words without punctuation or legal suffixes.</summary>
    public static string Key(string name) => string.Join(' ', Words(name).Where(w => !LegalWords.Contains(w)));

    /// <summary>
    /// The name without the legal form that ends it, as people say it: "Eltex Enterprise, Ltd." → "Eltex Enterprise",
    /// "ROHDE &amp; SCHWARZ GmbH &amp; Co.KG" → "ROHDE &amp; SCHWARZ". Case and spelling are kept.
    /// </summary>
    internal static string WithoutLegalSuffix(string name)
    {
        var end = name.Length;
        while (end > 0)
        {
            var trimmed = name.AsSpan(0, end).TrimEnd(" ,.&-/");
            var start = trimmed.LastIndexOfAny(" ,&/");
            var word = trimmed[(start + 1)..];
            if (word.Length == 0 || !IsLegalWord(word) || start < 0)
            {
                return name[..trimmed.Length].Trim();
            }

            end = start + 1;
        }

        return name.Trim();
    }

    private static bool IsLegalWord(ReadOnlySpan<char> word)
    {
        var parts = word.ToString().ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        // "S.A." and "Co.KG" are legal forms; a bare "the", "and", "de" or "a" belongs to the name.
        return parts.All(LegalWords.Contains) && (parts.Length > 1 || word.Contains('.') || parts[0] is not ("the" or "and" or "of" or "de" or "a" or "s"));
    }

    /// <summary>The loose key: also without generic words and place prefixes. "Hangzhou Hikvision Digital Technology" → "hikvision".</summary>
    public static string CoreKey(string name) => Analyse(name).Core;

    /// <summary>Both keys, and the generic words the loose key dropped.</summary>
    internal static NameKeys Analyse(string name)
    {
        var words = Words(name).Where(w => !LegalWords.Contains(w)).ToList();
        var strict = string.Join(' ', words);
        var dropped = words.Where(GenericWords.Contains).ToList();
        var core = words.Where(w => !GenericWords.Contains(w)).ToList();
        var start = 0;
        while (start < core.Count - 1 && PlaceWords.Contains(core[start]))
        {
            start++;
        }

        return new NameKeys(strict, string.Join(' ', core.Skip(start)), dropped);
    }

    private static List<string> Words(string name)
    {
        var text = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal);
        foreach (var suffix in ChineseLegalSuffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) && text.Length > suffix.Length)
            {
                text = text[..^suffix.Length];
            }
        }

        var words = new List<string>(6);
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c is '\'' or '’')
            {
                // "Xi'an" and "Xian" are one word.
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return words;
    }
}

/// <summary>A name's strict and loose keys, and the generic words the loose key left out.</summary>
internal readonly record struct NameKeys(string Strict, string Core, IReadOnlyList<string> DroppedGeneric);
