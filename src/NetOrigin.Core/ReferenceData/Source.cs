namespace NetOrigin.ReferenceData;

/// <summary>A document that backs facts in the reference data.</summary>
public sealed record Source(string Id, string Title, string? Publisher, string? Url, DateOnly? Date, bool Unverified)
{
    /// <summary>"Title (publisher, date)", as evidence prints it.</summary>
    public string Citation
    {
        get
        {
            var parts = new List<string>(2);
            if (Publisher is not null)
            {
                parts.Add(Publisher);
            }

            if (Date is { } d)
            {
                parts.Add(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            return parts.Count == 0 ? Title : $"{Title} ({string.Join(", ", parts)})";
        }
    }
}
