using NetOrigin.Inventory;

namespace NetOrigin.Identification;

/// <summary>Turns one kind of identifier into manufacturer claims.</summary>
internal interface IClaimSource
{
    /// <summary>Adds claims for <paramref name="asset"/>; adds a note where an identifier is present but says nothing.</summary>
    void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes);
}
