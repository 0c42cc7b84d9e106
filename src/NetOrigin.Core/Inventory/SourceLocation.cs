namespace NetOrigin.Inventory;

/// <summary>
/// Where an input record came from: a file and the line its record starts on, or — for inputs that are not
/// line-oriented files — the source it was read from (<see cref="File"/>: a file name, a NetBox URL, an SNMP agent)
/// and a <see cref="Locator"/> naming the object within it (a NetBox object URL, a BOM component's bom-ref, a scanned
/// host). <see cref="Line"/> is 0 when the source has no lines.
/// </summary>
public readonly record struct SourceLocation(string File, long Line)
{
    /// <summary>The object within <see cref="File"/> the record was read from, when the source has one.</summary>
    public string? Locator { get; init; }

    /// <summary>A record located by an object within a source rather than by a line.</summary>
    public static SourceLocation Of(string source, string locator) => new(source, 0) { Locator = locator };

    public override string ToString() => (Line, Locator) switch
    {
        ( > 0, null) => $"{File}:{Line}",
        ( > 0, _) => $"{File}:{Line} ({Locator})",
        (_, null) => File,
        _ => Locator.Contains(File, StringComparison.Ordinal) ? Locator : $"{File} ({Locator})",
    };
}
