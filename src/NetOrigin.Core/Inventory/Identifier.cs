namespace NetOrigin.Inventory;

/// <summary>One observed identifier of an asset, as it appeared in the input.</summary>
public readonly record struct Identifier(IdentifierKind Kind, string Value)
{
    /// <summary>
    /// Where within the record's source this value was read, when a connector knows more than the record's location:
    /// the SNMP OID it was polled from, the scanned port and script, the BOM field. Null for a column of a text file.
    /// </summary>
    public string? Origin { get; init; }
}
