namespace NetOrigin.Storage;

/// <summary>A request the store refuses, naming the field (or line) at fault: the API turns it into a 400 problem.</summary>
public class StorageException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>A change that conflicts with the stored state (a duplicate, a waiver already decided): a 409 problem.</summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>An operation the actor's role allows but this case forbids (approving one's own waiver): a 403 problem.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
