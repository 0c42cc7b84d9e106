namespace NetOrigin.ReferenceData;

/// <summary>
/// Where compiled images of the reference data are kept between runs, by key (a content hash of what they were
/// compiled from). The engine never writes files itself: a host gives it a cache, or none and the text is read.
/// </summary>
public interface IReferenceDataCache
{
    /// <summary>The bytes stored under <paramref name="key"/>, or null when there are none.</summary>
    byte[]? Read(string key);

    /// <summary>Stores <paramref name="image"/> under <paramref name="key"/>, replacing it whole; a failure is not an error.</summary>
    void Store(string key, ReadOnlySpan<byte> image);
}
