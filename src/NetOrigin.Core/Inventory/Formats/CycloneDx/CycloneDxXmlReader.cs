using System.Xml;
using System.Xml.Linq;

namespace NetOrigin.Inventory.Formats.CycloneDx;

/// <summary>
/// Reads a CycloneDX XML BOM (any 1.x namespace) without processing a DTD: <c>metadata/component</c>, every
/// component (nested ones too) and every service become records (<see cref="BomItemMapping"/>), located by line
/// and BOM path. A BOM that breaks off keeps the items read before the break, which is one rejected record.
/// </summary>
internal sealed class CycloneDxXmlReader : IInventoryReader
{
    private readonly XmlReader _xml;
    private readonly string _file;

    public CycloneDxXmlReader(TextReader text, string file)
    {
        _file = file;
        _xml = UntrustedXml.Open(text);
    }

    public IReadOnlyList<string> UnusedColumns => [];

    public IEnumerable<InventoryRecord> Read()
    {
        var items = new List<BomItem>();
        var sawRoot = false;
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        var enumerator = Walk(items, () => sawRoot = true, counters).GetEnumerator();
        while (true)
        {
            string? error = null;
            long line = 0;
            try
            {
                if (!enumerator.MoveNext())
                {
                    break;
                }
            }
            catch (XmlException ex)
            {
                if (!sawRoot)
                {
                    throw new InventoryFormatException($"{_file}:{ex.LineNumber}: not a CycloneDX XML BOM: {UntrustedXml.Describe(ex)}");
                }

                (error, line) = ($"the BOM breaks off here ({UntrustedXml.Describe(ex)}); items after this point are not read", ex.LineNumber);
            }

            foreach (var item in items)
            {
                yield return BomItemMapping.ToRecord(item, _file);
            }

            items.Clear();
            if (error is not null)
            {
                yield return InventoryRecord.Reject(new Rejection(new SourceLocation(_file, line), error, ""));
                yield break;
            }
        }

        if (!sawRoot)
        {
            throw new InventoryFormatException($"{_file}: the file is empty; expected a CycloneDX XML BOM");
        }
    }

    /// <summary>Streams the document, loading one top-level component or service at a time.</summary>
    private IEnumerable<int> Walk(List<BomItem> items, Action root, Dictionary<string, int> counters)
    {
        var path = new Stack<string>();
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.EndElement)
            {
                if (path.Count > 0)
                {
                    path.Pop();
                }

                continue;
            }

            if (_xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (path.Count == 0)
            {
                if (_xml.LocalName != "bom")
                {
                    throw new InventoryFormatException($"{_file}: the XML root element is <{_xml.LocalName}>, not CycloneDX's <bom>");
                }

                root();
            }

            var parent = path.Count == 0 ? "" : path.Peek();
            var name = _xml.LocalName;
            // Only the BOM's own lists (bom/components, bom/services, bom/metadata/component), not e.g. metadata/tools.
            if (path.Count == 2 && ((name == "component" && parent is "components" or "metadata") || (name == "service" && parent == "services")))
            {
                var container = parent == "metadata" ? "metadata" : parent;
                var index = counters.GetValueOrDefault(container);
                counters[container] = index + 1;
                var itemPath = container == "metadata" ? "metadata.component" : $"{container}[{index}]";
                var element = XElement.Load(_xml.ReadSubtree(), LoadOptions.SetLineInfo);
                Flatten(element, itemPath, null, items);
                yield return items.Count;
                continue;
            }

            if (!_xml.IsEmptyElement)
            {
                path.Push(name);
            }
        }
    }

    private static void Flatten(XElement element, string path, string? parentType, List<BomItem> items)
    {
        var service = element.Name.LocalName == "service";
        var item = new BomItem(service, path, ((IXmlLineInfo)element).LineNumber, parentType)
        {
            Type = (string?)element.Attribute("type"),
            BomRef = (string?)element.Attribute("bom-ref"),
            Name = Child(element, "name"),
            Version = Child(element, "version"),
            Cpe = Child(element, "cpe"),
            Description = Child(element, "description"),
            Author = Child(element, "author"),
            Manufacturer = Child(Element(element, "manufacturer"), "name"),
            Supplier = Child(Element(element, "supplier"), "name"),
            Provider = Child(Element(element, "provider"), "name"),
        };
        foreach (var property in Element(element, "properties")?.Elements().Where(e => e.Name.LocalName == "property") ?? [])
        {
            if ((string?)property.Attribute("name") is { } name && item.Properties.Count < FieldValues.MaxValuesPerField)
            {
                item.Properties.Add((name, property.Value));
            }
        }

        items.Add(item);
        var nested = service ? "services" : "components";
        var i = 0;
        foreach (var child in Element(element, nested)?.Elements().Where(e => e.Name.LocalName == (service ? "service" : "component")) ?? [])
        {
            Flatten(child, $"{path}.{nested}[{i++}]", item.Type, items);
        }

        if (!service)
        {
            // A component may also list services it offers.
            var j = 0;
            foreach (var child in Element(element, "services")?.Elements().Where(e => e.Name.LocalName == "service") ?? [])
            {
                Flatten(child, $"{path}.services[{j++}]", item.Type, items);
            }
        }
    }

    private static XElement? Element(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Child(XElement? parent, string localName) => Element(parent, localName)?.Value;

    public void Dispose() => _xml.Dispose();
}
