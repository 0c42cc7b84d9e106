namespace NetOrigin.Entities;

/// <summary>A problem found in organisation data, with the place (file:line) it is defined.</summary>
public sealed record DataIssue(DataIssueSeverity Severity, string Where, string Message)
{
    public override string ToString() => $"{Where}: {(Severity == DataIssueSeverity.Error ? "error" : "warning")}: {Message}";
}

public enum DataIssueSeverity
{
    /// <summary>Suspicious but usable: e.g. two organisations answering to the same name.</summary>
    Warning,

    /// <summary>The data contradicts itself; answers built on it would be wrong.</summary>
    Error,
}
