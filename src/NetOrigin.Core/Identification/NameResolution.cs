using NetOrigin.Entities;

namespace NetOrigin.Identification;

/// <summary>A name resolved to an organisation: directly (legal name or alias) or through a brand it owns.</summary>
public sealed record NameResolution(Organisation Organisation, string MatchedName, bool Loose, Brand? Brand)
{
    /// <summary>How the name reached the organisation, for evidence: "alias 'Huawei Technologies Company'".</summary>
    public string Explanation => Brand is not null
        ? $"brand {Brand.Name} of {Organisation.Name}"
        : OrganisationNames.Key(MatchedName) == OrganisationNames.Key(Organisation.Name) ? Organisation.Name : $"{Organisation.Name} (known as '{MatchedName}')";
}
