using NetOrigin.Entities;

namespace NetOrigin.Identification;

/// <summary>
/// A name resolved to an organisation: directly (legal name or alias) or through a brand it owns, and then along the
/// succession events that carried the named maker's products to <see cref="Organisation"/> on the date.
/// </summary>
public sealed record NameResolution(Organisation Organisation, string MatchedName, bool Loose, Brand? Brand)
{
    /// <summary>The organisation the name itself means, before succession (the same as <see cref="Organisation"/> when nothing succeeded it).</summary>
    public Organisation Named
    {
        get => field ?? Organisation;
        init;
    }

    /// <summary>The succession walk from <see cref="Named"/>; null when no event applies on the date.</summary>
    public SuccessionPath? Succession { get; init; }

    /// <summary>How the name reached the organisation, for evidence: "Compaq Computer Corporation (known as 'COMPAQ'), acquired by …".</summary>
    public string Explanation
    {
        get
        {
            var named = Named;
            var direct = Brand is not null
                ? $"brand {Brand.Name} of {named.Name}"
                : OrganisationNames.Key(MatchedName) == OrganisationNames.Key(named.Name) ? named.Name : $"{named.Name} (known as '{MatchedName}')";
            return Succession is null ? direct : direct + Succession.Explanation;
        }
    }

    /// <summary>
    /// The evidence after the registered or matched name: the organisation's name, or the whole explanation when a
    /// brand or a succession stands between ("… → brand EZVIZ of …", "… acquired by …").
    /// </summary>
    public string Reached => Brand is not null || Succession is not null ? Explanation
        : Organisation.Listed ? Organisation.Name
        : $"{Organisation.Name} (not in the organisation data)";

    /// <summary>This resolution carried along <paramref name="path"/>, which starts at the organisation the name means.</summary>
    internal NameResolution Succeeded(SuccessionPath path) =>
        path.Moved || path.Split is not null ? this with { Organisation = path.Current, Named = Organisation, Succession = path } : this;
}
