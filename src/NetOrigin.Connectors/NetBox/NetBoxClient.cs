using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace NetOrigin.Connectors.NetBox;

/// <summary>
/// Reads NetBox's REST API: list endpoints page by page, following each page's <c>next</c> link (NetBox 4.6's
/// cursor pagination with <c>start</c>/<c>limit</c>, and the older <c>offset</c> links alike), with the API token
/// in the Authorization header. Rate limiting (429, honouring Retry-After) and server errors (5xx) are retried with
/// exponential back-off; 401 and 403 stop at once with a clear message; a reply that is not NetBox's JSON envelope
/// stops the import naming the URL and what is wrong.
/// </summary>
public sealed class NetBoxClient : IDisposable
{
    /// <summary>Largest page accepted, in bytes.</summary>
    public const int MaxPageBytes = 64 << 20;

    /// <summary>Most pages read from one endpoint (at 1,000 objects a page, 10 million objects).</summary>
    public const int MaxPages = 10_000;

    private readonly HttpClient _http;
    private readonly int _retries;
    private readonly TimeSpan _backOff;

    public NetBoxClient(Uri baseUrl, string token, int retries = 5, TimeSpan? backOff = null, HttpMessageHandler? handler = null)
    {
        BaseUrl = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/");
        _retries = retries;
        _backOff = backOff ?? TimeSpan.FromMilliseconds(500);
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.Timeout = TimeSpan.FromMinutes(2);

        // NetBox 4.5 introduced v2 tokens ("nbt_<key>.<secret>"), sent as Bearer; older tokens use the Token scheme.
        _http.DefaultRequestHeaders.Authorization = token.StartsWith("nbt_", StringComparison.Ordinal)
            ? new AuthenticationHeaderValue("Bearer", token)
            : new AuthenticationHeaderValue("Token", token);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public Uri BaseUrl { get; }

    /// <summary>Requests retried so far (429 and 5xx), for the run's summary.</summary>
    public int RetriesUsed { get; private set; }

    /// <summary>Every object of a list endpoint, e.g. <c>api/dcim/devices/</c> with <c>limit=1000</c>.</summary>
    public async IAsyncEnumerable<JsonElement> ListAsync(string path, string query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel = default)
    {
        Uri? next = new(BaseUrl, $"{path}?{query}");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 0; next is not null; page++)
        {
            if (page >= MaxPages || !seen.Add(next.AbsoluteUri))
            {
                throw new NetBoxException($"{next}: pagination does not end ({(page >= MaxPages ? $"more than {MaxPages} pages" : "a next link repeats")})");
            }

            using var document = await GetPageAsync(next, cancel).ConfigureAwait(false);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                throw new NetBoxException($"{next}: not a NetBox list response (no 'results' array)");
            }

            foreach (var item in results.EnumerateArray())
            {
                yield return item.Clone();
            }

            next = root.TryGetProperty("next", out var link) && link.ValueKind == JsonValueKind.String && link.GetString() is { Length: > 0 } href
                ? new Uri(BaseUrl, href)
                : null;
        }
    }

    private async Task<JsonDocument> GetPageAsync(Uri url, CancellationToken cancel)
    {
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            }
            catch (HttpRequestException) when (attempt < _retries)
            {
                RetriesUsed++;
                await DelayAsync(attempt, null, cancel).ConfigureAwait(false);
                continue;
            }
            catch (HttpRequestException ex)
            {
                throw new NetBoxException($"{url}: {ex.Message}");
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    throw new NetBoxException($"{url}: {status} {response.ReasonPhrase}: NetBox refused the token" +
                        (response.StatusCode == HttpStatusCode.Forbidden ? " (it lacks permission to view these objects)" : " (is it valid, and not expired?)"));
                }

                if ((status == 429 || status >= 500) && attempt < _retries)
                {
                    RetriesUsed++;
                    await DelayAsync(attempt, response.Headers.RetryAfter, cancel).ConfigureAwait(false);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new NetBoxException($"{url}: {status} {response.ReasonPhrase}{(attempt > 0 ? $" after {attempt + 1} tries" : "")}");
                }

                if (response.Content.Headers.ContentLength > MaxPageBytes)
                {
                    throw new NetBoxException($"{url}: the page is larger than {MaxPageBytes >> 20} MiB");
                }

                await using var body = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
                var bytes = await ReadBoundedAsync(body, url, cancel).ConfigureAwait(false);
                if (!System.Text.Unicode.Utf8.IsValid(bytes))
                {
                    throw new NetBoxException($"{url}: the reply is not valid UTF-8 text");
                }

                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 32 });
                }
                catch (JsonException ex)
                {
                    throw new NetBoxException($"{url}: the reply is not valid JSON (line {(ex.LineNumber ?? 0) + 1}: {ex.Message.Split(". ")[0]})");
                }

                if (!IsText(document.RootElement))
                {
                    document.Dispose();
                    throw new NetBoxException($"{url}: the reply holds a \\u escape that is half of a UTF-16 surrogate pair, not text");
                }

                return document;
            }
        }
    }

    /// <summary>
    /// Whether every name and string in <paramref name="element"/> decodes: JSON syntax allows a \u escape of half a
    /// surrogate pair, which is no text and which reading the value later would throw on.
    /// </summary>
    private static bool IsText(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        if (!IsText(property.Value))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (!IsText(item))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream body, Uri url, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = await body.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > MaxPageBytes)
            {
                throw new NetBoxException($"{url}: the page is larger than {MaxPageBytes >> 20} MiB");
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    /// <summary>Exponential back-off (base × 2^attempt, at most 30 s), or the server's Retry-After when it gives one.</summary>
    private Task DelayAsync(int attempt, RetryConditionHeaderValue? retryAfter, CancellationToken cancel)
    {
        var delay = retryAfter?.Delta ?? TimeSpan.FromTicks(_backOff.Ticks << Math.Min(attempt, 6));
        if (delay > TimeSpan.FromSeconds(30))
        {
            delay = TimeSpan.FromSeconds(30);
        }

        return Task.Delay(delay, cancel);
    }

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture);

    public void Dispose() => _http.Dispose();
}
