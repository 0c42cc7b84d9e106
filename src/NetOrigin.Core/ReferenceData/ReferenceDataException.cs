namespace NetOrigin.ReferenceData;

/// <summary>Reference data (shipped or the user's) that is malformed; the message names file and line.</summary>
public sealed class ReferenceDataException(string message) : Exception(MessageText.Clip(message));
