using System.Globalization;
using System.Text;
using System.Xml;

namespace NetOrigin.Reports.Risk;

/// <summary>A small SVG writer over <see cref="XmlWriter"/>, so every picture is well-formed and every text escaped.</summary>
internal sealed class Svg : IDisposable
{
    private readonly XmlWriter _xml;

    public Svg(Stream output, double width, double height, string title)
    {
        _xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
        _xml.WriteStartDocument();
        _xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
        Attribute("width", width);
        Attribute("height", height);
        _xml.WriteAttributeString("viewBox", $"0 0 {N(width)} {N(height)}");
        _xml.WriteAttributeString("font-family", "sans-serif");
        _xml.WriteAttributeString("font-size", "11");
        _xml.WriteElementString("title", title);
    }

    /// <summary>A rectangle with a tooltip and data attributes (the exact figures it stands for).</summary>
    public void Rect(double x, double y, double width, double height, string fill, string tooltip, params (string Name, string Value)[] data)
    {
        _xml.WriteStartElement("rect");
        Attribute("x", x);
        Attribute("y", y);
        Attribute("width", width);
        Attribute("height", height);
        _xml.WriteAttributeString("fill", fill);
        _xml.WriteAttributeString("stroke", "#ffffff");
        foreach (var (name, value) in data)
        {
            _xml.WriteAttributeString("data-" + name, value);
        }

        _xml.WriteElementString("title", tooltip);
        _xml.WriteEndElement();
    }

    public void Text(double x, double y, string text, string anchor = "start", string fill = "#222222", bool bold = false)
    {
        _xml.WriteStartElement("text");
        Attribute("x", x);
        Attribute("y", y);
        _xml.WriteAttributeString("text-anchor", anchor);
        _xml.WriteAttributeString("fill", fill);
        if (bold)
        {
            _xml.WriteAttributeString("font-weight", "bold");
        }

        _xml.WriteString(text);
        _xml.WriteEndElement();
    }

    public void Dispose()
    {
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Dispose();
    }

    private void Attribute(string name, double value) => _xml.WriteAttributeString(name, N(value));

    private static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
