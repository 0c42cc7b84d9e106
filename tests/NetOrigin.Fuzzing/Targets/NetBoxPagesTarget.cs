using System.Net;
using NetOrigin.Connectors.NetBox;

namespace NetOrigin.Fuzzing.Targets;

/// <summary>
/// A NetBox import from recorded API replies: each input line is a list endpoint's path, a tab, and the page
/// NetBox answered (Seeds/netbox). The pages are served in-process, so mutations reach the client as a server's
/// bytes would: broken JSON, invalid UTF-8, odd next links, objects of the wrong shape, pages missing or repeated.
/// The import stops with a NetBox error naming the URL, or reads every object as an accepted or rejected record.
/// </summary>
public sealed class NetBoxPagesTarget : IFuzzTarget
{
    private static readonly Uri BaseUrl = new("https://netbox.example.net/");

    private static readonly string[] PageTokens =
    [
        "{", "}", "[", "]", ":", ",", "\"", "\\ud800", "null", "true", "-1", "1e999", "0.5", "\t", "\n",
        "\"next\":\"https://netbox.example.net/api/dcim/devices/?limit=1000&start=3\"", "\"next\":\"http://[::1\"", "\"next\":\"//\"", "\"next\":\"?\"",
        "\"results\":null", "\"results\":{}", "\"id\":", "\"id\":-9223372036854775808", "\"id\":1e30", "\"name\":", "\"model\":", "\"serial\":",
        "\"last_updated\":\"9999-99-99T99:99:99Z\"", "\"mac_address\":\"zz:zz\"", "\"manufacturer\":{\"id\":1}", "\"device_type\":{\"id\":2}",
        "\"asns\":[{\"asn\":4294967296}]", "\"term_side\":\"A\"", "\"assigned_object\":{\"device\":{\"id\":1}}", "/api/dcim/devices/\t", "/api/circuits/circuits/\t",
    ];

    public string Name => "netbox-pages";

    public string Extension => "tsv";

    public IReadOnlyList<byte[]> Seeds { get; } = FuzzSeeds.Files("netbox", "tsv");

    public IReadOnlyList<byte[]> Tokens { get; } = FuzzSeeds.Tokens(PageTokens);

    public bool IsInputError(Exception exception) => false;

    public string? Run(byte[] input, FuzzScratch scratch)
    {
        using var handler = new RecordedPages(Pages(input));
        using var client = new NetBoxClient(BaseUrl, "0123456789abcdef0123456789abcdef01234567", retries: 0, handler: handler);
        try
        {
            return Read(new NetBoxImport(client)).GetAwaiter().GetResult();
        }
        catch (NetBoxException ex)
        {
            return ex.Message.Length > FuzzLimits.Default.MaxMessageChars || !ex.Message.Contains("://", StringComparison.Ordinal)
                ? $"the import stopped with a message that names no URL, or is {ex.Message.Length} characters long: {ex.Message[..Math.Min(ex.Message.Length, 200)]}"
                : null;
        }
    }

    private static async Task<string?> Read(NetBoxImport import)
    {
        await foreach (var record in import.ReadAsync().ConfigureAwait(false))
        {
            if ((record.Asset is null) == (record.Rejection is null))
            {
                return "a record is neither accepted nor rejected, or both";
            }
        }

        return null;
    }

    /// <summary>Path and page of each line; bytes after the first tab are the page, exactly as recorded (or mutated).</summary>
    private static Dictionary<string, byte[]> Pages(byte[] input)
    {
        var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var line in input.AsSpan().Split((byte)'\n'))
        {
            var text = input.AsSpan(line);
            var tab = text.IndexOf((byte)'\t');
            if (tab > 0)
            {
                pages.TryAdd(System.Text.Encoding.UTF8.GetString(text[..tab]), text[(tab + 1)..].ToArray());
            }
        }

        return pages;
    }

    /// <summary>Answers every request in-process with the page recorded for its path, or an empty list.</summary>
    private sealed class RecordedPages(Dictionary<string, byte[]> pages) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = pages.GetValueOrDefault(request.RequestUri!.AbsolutePath) ?? "{\"count\":0,\"next\":null,\"results\":[]}"u8.ToArray();
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) });
        }
    }
}
