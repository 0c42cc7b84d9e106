namespace NetOrigin.Inventory;

/// <summary>An input record that could not become an asset, with where it was and why.</summary>
public sealed record Rejection(SourceLocation Source, string Reason, string Excerpt)
{
    /// <summary>Why, in one readable line (values quoted in it are cut, see <see cref="MessageText"/>).</summary>
    public string Reason { get; init; } = MessageText.Clip(Reason);

    public override string ToString() => $"{Source}: {Reason}";
}
