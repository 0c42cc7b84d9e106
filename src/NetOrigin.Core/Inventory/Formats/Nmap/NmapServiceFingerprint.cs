using System.Globalization;
using System.Text;

namespace NetOrigin.Inventory.Formats.Nmap;

/// <summary>
/// The raw responses Nmap keeps in a service fingerprint (<c>servicefp</c>) when it could not name a service:
/// <c>%r(PROBE,HEXLEN,"escaped response")</c>. They hold what the device itself said — a Server header, an SSH or FTP
/// greeting — which identifies it better than Nmap's "unknown".
/// </summary>
internal static class NmapServiceFingerprint
{
    /// <summary>Longest response kept, in characters: banners and headers are at the start.</summary>
    private const int MaxResponseChars = 8192;

    public static IReadOnlyList<(string Probe, string Response)> Responses(string fingerprint)
    {
        var list = new List<(string, string)>();
        var text = fingerprint.Replace("\nSF:", "", StringComparison.Ordinal).Replace("SF:", "", StringComparison.Ordinal);
        var at = 0;
        while (list.Count < 64 && (at = text.IndexOf("%r(", at, StringComparison.Ordinal)) >= 0)
        {
            var comma = text.IndexOf(',', at + 3);
            var quote = comma < 0 ? -1 : text.IndexOf(",\"", comma + 1, StringComparison.Ordinal);
            if (comma < 0 || quote < 0)
            {
                break;
            }

            var probe = text[(at + 3)..comma];
            var (response, end) = Unescape(text, quote + 2);
            list.Add((probe, response));
            at = end;
        }

        return list;
    }

    /// <summary>Decodes Nmap's escaping (\xHH, \r, \n, \t, \0, and a backslash before punctuation) up to the closing quote.</summary>
    private static (string Text, int End) Unescape(string text, int start)
    {
        var sb = new StringBuilder();
        var i = start;
        for (; i < text.Length && text[i] != '"'; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                var next = text[++i];
                if (next == 'x' && i + 2 < text.Length && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
                {
                    c = (char)b;
                    i += 2;
                }
                else
                {
                    c = next switch { 'r' => '\r', 'n' => '\n', 't' => '\t', '0' => '\0', _ => next };
                }
            }

            if (sb.Length < MaxResponseChars)
            {
                sb.Append(c);
            }
        }

        return (sb.ToString(), Math.Min(i + 1, text.Length));
    }

    /// <summary>The value of an HTTP response header (case-insensitive name), if the response has it.</summary>
    public static string? Header(string response, string name)
    {
        foreach (var line in response.Split("\r\n"))
        {
            if (line.Length == 0)
            {
                break;
            }

            if (line.Length > name.Length + 1 && line[name.Length] == ':' && line.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(name.Length + 1)..].Trim();
            }
        }

        return null;
    }

    /// <summary>The text of the first &lt;title&gt; element of an HTML body, if any.</summary>
    public static string? Title(string response)
    {
        var open = response.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        if (open < 0)
        {
            return null;
        }

        var close = response.IndexOf("</title>", open, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? null : response[(open + 7)..close].Trim();
    }

    /// <summary>The first line of a greeting, printable characters only.</summary>
    public static string? FirstLine(string response)
    {
        var end = response.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? response : response[..end];
        var printable = new string(line.Where(c => c >= ' ' && c < 0x7f).ToArray()).Trim();
        return printable.Length == 0 ? null : printable;
    }
}
