namespace NetOrigin.Inventory;

/// <summary>Where an input record came from: a file and the line its record starts on.</summary>
public readonly record struct SourceLocation(string File, long Line)
{
    public override string ToString() => $"{File}:{Line}";
}
