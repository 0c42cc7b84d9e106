using NetOrigin.Entities;
using NetOrigin.Identification;

namespace NetOrigin.Risk.Exposure;

/// <summary>
/// What stops serving in a cut-off scenario: one organisation — with every company it controls — or every company
/// controlled from a country (its ultimate controller is there, or a state body of that country controls it).
/// </summary>
public sealed record CutTarget(string Query, Organisation? Organisation, string? Country, string? ResolvedAs)
{
    public const string CountryPrefix = "country:";

    public string Description => Organisation is { } organisation
        ? $"{organisation.DisplayName} and every company it controls"
        : $"every company controlled from {Country}";

    /// <summary>
    /// Reads <paramref name="text"/>: <c>country:CN</c> for a country, otherwise an organisation id, name, alias or
    /// brand as of <paramref name="asOf"/>. Nothing matching is an error that lists the nearest names.
    /// </summary>
    public static CutTarget Resolve(string text, OrganisationResolver resolver, DateOnly asOf)
    {
        var query = text.Trim();
        var graph = resolver.Graph;
        if (query.StartsWith(CountryPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var country = query[CountryPrefix.Length..].Trim().ToUpperInvariant();
            if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
            {
                throw new CutTargetException($"'{text}': a country is an ISO 3166-1 alpha-2 code, as in country:CN");
            }

            if (!graph.Organisations.Any(o => o.Country == country || o.State == country))
            {
                var known = graph.Organisations.Select(o => o.Country ?? o.State).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                throw new CutTargetException($"no organisation in the data is in or of {country}; countries in the data: {string.Join(", ", known)}");
            }

            return new CutTarget(query, null, country, null);
        }

        if (graph.TryGet(query, out var byId))
        {
            return new CutTarget(query, byId, null, null);
        }

        if (resolver.Resolve(query, asOf) is { } resolved)
        {
            return new CutTarget(query, resolved.Organisation, null, resolved.Explanation);
        }

        var nearest = OrganisationSearch.Nearest(graph, query, 5);
        throw new CutTargetException(nearest.Count == 0
            ? $"no organisation is known by '{query}' on {asOf:yyyy-MM-dd}"
            : $"no organisation is known by '{query}' on {asOf:yyyy-MM-dd}; nearest names: {string.Join(", ", nearest.Select(n => $"{n.Name} ({n.Organisation.Id})"))}");
    }

    /// <summary>Whether cutting this target stops a supplier whose control chain (as of the run's date) is <paramref name="chain"/>.</summary>
    internal CutState Reaches(ControlChain chain)
    {
        if (!chain.Subject.Listed)
        {
            return CutState.Unknown;
        }

        if (Organisation is { } target)
        {
            return chain.Links.Any(l => l.Organisation.Is(target)) ? CutState.Cut : CutState.Kept;
        }

        return chain.ControllingStates.Contains(Country, StringComparer.Ordinal) || chain.UltimateController.Country == Country || chain.UltimateController.State == Country
            ? CutState.Cut
            : CutState.Kept;
    }
}

/// <summary>A cut-off target that names nothing known; the message says what is near.</summary>
public sealed class CutTargetException(string message) : Exception(message);
