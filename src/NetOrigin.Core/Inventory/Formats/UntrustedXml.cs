using System.Xml;

namespace NetOrigin.Inventory.Formats;

/// <summary>
/// Settings for reading XML nobody vouches for: a document type declaration is skipped, never processed (no
/// external or internal entities, so no XXE and no entity expansion), nothing is fetched, and the document's size
/// is bounded.
/// </summary>
internal static class UntrustedXml
{
    /// <summary>Largest XML document read, in characters (2 GiB of text is far beyond any scan or BOM seen).</summary>
    public const long MaxDocumentChars = 1L << 31;

    public static XmlReader Open(TextReader text, long maxChars = MaxDocumentChars) => XmlReader.Create(text, new XmlReaderSettings
    {
        // Nmap writes <!DOCTYPE nmaprun>: ignored rather than refused, and never processed.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = maxChars,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    });

    /// <summary>"line 12, position 4: reason" from an XML error, for messages that name the place.</summary>
    public static string Describe(XmlException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
