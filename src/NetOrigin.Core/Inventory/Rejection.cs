namespace NetOrigin.Inventory;

/// <summary>An input record that could not become an asset, with where it was and why.</summary>
public sealed record Rejection(SourceLocation Source, string Reason, string Excerpt)
{
    public override string ToString() => $"{Source}: {Reason}";
}
