using System.Globalization;
using System.Text.Json;

namespace NetOrigin.Server.Web;

/// <summary>
/// An organisation's owners as of a date, laid out for SVG from what GET /organisations/{id} answers (the JSON of
/// org show): the organisation at the bottom, each owner one row above the nearest organisation it owns, an arrow
/// per holding labelled with its share and basis. Controlling holdings are solid, the others dashed; unverified ones
/// say so in their label. Coordinates only; the page writes (and so encodes) the markup.
/// </summary>
public sealed class OwnershipGraph
{
    public const int Width = 960;
    public const int BoxHeight = 44;
    public const int LayerGap = 110;
    public const int Top = 16;
    public const int Margin = 12;

    /// <summary>Owners drawn per row at most: the rest are in the table below the chart.</summary>
    public const int MaxPerLayer = 6;

    public OwnershipGraph(JsonElement profile)
    {
        var subject = profile.GetProperty("organisation");
        var controllers = profile.GetProperty("ultimate_controller_ids").EnumerateArray().Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [subject.GetProperty("id").GetString()!] = 0 };
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { [subject.GetProperty("id").GetString()!] = FindingDocument.Text(subject, "common_name") ?? subject.GetProperty("name").GetString()! };
        var edges = new Dictionary<(string, string), OwnershipLink>();
        foreach (var path in profile.GetProperty("paths").EnumerateArray())
        {
            var step = 0;
            foreach (var edge in path.GetProperty("edges").EnumerateArray())
            {
                step++;
                var owner = edge.GetProperty("owner_id").GetString()!;
                var owned = edge.GetProperty("owned_id").GetString()!;
                names.TryAdd(owner, edge.GetProperty("owner").GetString()!);
                depth[owner] = Math.Min(depth.GetValueOrDefault(owner, int.MaxValue), step);
                edges.TryAdd((owner, owned), new OwnershipLink(
                    owner,
                    owned,
                    edge.GetProperty("share") is { ValueKind: JsonValueKind.Number } share ? share.GetDouble() : null,
                    edge.GetProperty("control").GetString()!,
                    edge.GetProperty("unverified").GetBoolean(),
                    edge.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToList()));
            }
        }

        Links = edges.Values.ToList();
        var layers = depth.GroupBy(d => d.Value).OrderBy(g => g.Key).ToList();
        var rows = layers.Count;
        var nodes = new List<OwnershipNode>();
        foreach (var layer in layers)
        {
            var members = layer.Select(d => d.Key).OrderBy(id => id, StringComparer.Ordinal).Take(MaxPerLayer).ToList();
            var width = (Width - (2 * Margin)) / (double)members.Count;
            for (var i = 0; i < members.Count; i++)
            {
                var id = members[i];
                nodes.Add(new OwnershipNode(id, names[id], layer.Key == 0, controllers.Contains(id), Margin + (i * width) + 6, Top + ((rows - 1 - layer.Key) * LayerGap), width - 12));
            }
        }

        Nodes = nodes;
        Height = Top + ((rows - 1) * LayerGap) + BoxHeight + Top;
        _at = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, OwnershipNode> _at;

    public IReadOnlyList<OwnershipNode> Nodes { get; }
    public IReadOnlyList<OwnershipLink> Links { get; }
    public int Height { get; }

    /// <summary>The links whose both ends are drawn, with the points they run between (owner's bottom to owned's top).</summary>
    public IEnumerable<(OwnershipLink Link, double X1, double Y1, double X2, double Y2)> Drawn() =>
        Links.Where(l => _at.ContainsKey(l.OwnerId) && _at.ContainsKey(l.OwnedId))
            .Select(l => (l, _at[l.OwnerId].CentreX, _at[l.OwnerId].Y + BoxHeight, _at[l.OwnedId].CentreX, _at[l.OwnedId].Y));
}

/// <summary>A box: an organisation, whether it is the subject or an ultimate controller, and where it is drawn.</summary>
public sealed record OwnershipNode(string Id, string Name, bool Subject, bool UltimateController, double X, double Y, double Width)
{
    public double CentreX => X + (Width / 2);

    /// <summary>The name in at most two lines that fit the box (about 6.5 units a character at the chart's size).</summary>
    public IReadOnlyList<string> Lines()
    {
        var fit = Math.Max(8, (int)(Width / 6.5));
        var lines = new List<string> { "" };
        foreach (var word in Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > fit)
            {
                if (lines.Count == 2)
                {
                    lines[1] = lines[1].Length + 1 < fit ? lines[1] + " …" : lines[1][..(fit - 2)] + " …";
                    return lines;
                }

                lines.Add("");
            }

            lines[^1] = lines[^1].Length == 0 ? word : $"{lines[^1]} {word}";
        }

        return lines.Select(l => l.Length > fit ? l[..(fit - 1)] + "…" : l).ToList();
    }
}

/// <summary>A holding: who owns whom, what share, on what basis of control, and whether it is verified.</summary>
public sealed record OwnershipLink(string OwnerId, string OwnedId, double? Share, string Control, bool Unverified, IReadOnlyList<string> Sources)
{
    public bool Controls => Control != "none";

    public string Label => $"{(Share is { } s ? $"{s.ToString("0.##", CultureInfo.InvariantCulture)}% " : "")}{Control}{(Unverified ? ", unverified" : "")}";
}
