namespace NetOrigin.Inventory;

/// <summary>One observed identifier of an asset, as it appeared in the input.</summary>
public readonly record struct Identifier(IdentifierKind Kind, string Value);
