using NetOrigin.Entities;
using NetOrigin.ReferenceData;

namespace NetOrigin.Risk;

/// <summary>
/// A law of one country that lets its state compel companies to cooperate with its intelligence services or hand
/// over data, and whether an independent body must approve such demands.
/// </summary>
public sealed record IntelligenceLaw(
    string Id,
    string Country,
    string Title,
    string Summary,
    bool Compels,
    bool IndependentOversight,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<Source> Sources,
    bool Unverified,
    string DefinedAt)
{
    internal bool HoldsOn(DateOnly date) => Validity.Holds(From, To, date);
}

/// <summary>
/// The intelligence laws the reference data records (data/jurisdictions/*.yaml), by country. A country without an
/// entry is unknown, not free of such laws.
/// </summary>
public sealed class IntelligenceLawBook
{
    internal static readonly IntelligenceLawBook Empty = new([]);

    private readonly Dictionary<string, List<IntelligenceLaw>> _byCountry;

    internal IntelligenceLawBook(IEnumerable<IntelligenceLaw> laws, string digest = "none")
    {
        Digest = digest;
        _byCountry = laws.GroupBy(l => l.Country, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    internal IEnumerable<IntelligenceLaw> All => _byCountry.Values.SelectMany(l => l);

    /// <summary>A content hash of the files the laws were read from, so a report states which it used.</summary>
    internal string Digest { get; }

    /// <summary>The laws of <paramref name="country"/> in force on <paramref name="date"/>; none when it has no entry.</summary>
    internal IReadOnlyList<IntelligenceLaw> Of(string country, DateOnly date) =>
        _byCountry.TryGetValue(country, out var laws) ? laws.Where(l => l.HoldsOn(date)).ToList() : [];

    /// <summary>Whether the data says anything about <paramref name="country"/> (on any date).</summary>
    internal bool Covers(string country) => _byCountry.ContainsKey(country);

    /// <summary>Loads every *.yaml in <paramref name="directory"/>; a missing directory gives an empty book.</summary>
    internal static IntelligenceLawBook Load(string directory, SourceCatalog sources)
    {
        if (!Directory.Exists(directory))
        {
            return Empty;
        }

        var laws = new List<IntelligenceLaw>();
        var files = Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var root = YamlNodeReader.LoadFile(file);
            foreach (var item in root.Mappings("laws"))
            {
                var law = Read(item, sources);
                if (laws.FirstOrDefault(l => l.Id == law.Id) is { } first)
                {
                    throw item.Error($"law '{law.Id}' is already defined at {first.DefinedAt}");
                }

                laws.Add(law);
            }

            root.RejectUnknownKeys();
        }

        return new IntelligenceLawBook(laws, ReferenceDataVersions.HashOf(files, FileDigests.For(null)));
    }

    private static IntelligenceLaw Read(YamlNodeReader item, SourceCatalog sources)
    {
        var cited = sources.Resolve(item.StringList("sources"), item);
        var country = item.RequiredString("country");
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            throw item.Error($"'country' must be an ISO 3166-1 alpha-2 code such as CN or US, not '{country}'");
        }

        var from = item.OptionalDate("from");
        var to = item.OptionalDate("to");
        if (from is not null && to is not null && from >= to)
        {
            throw item.Error($"'from' {from:yyyy-MM-dd} is not before 'to' {to:yyyy-MM-dd}");
        }

        var law = new IntelligenceLaw(
            item.RequiredString("id"),
            country,
            item.RequiredString("title"),
            item.RequiredString("summary"),
            item.OptionalBool("compels"),
            item.OptionalBool("independent_oversight"),
            from,
            to,
            cited,
            item.OptionalBool("unverified") || cited.All(s => s.Unverified),
            item.Where);
        _ = item.OptionalString("note");
        item.RejectUnknownKeys();
        return law;
    }
}
