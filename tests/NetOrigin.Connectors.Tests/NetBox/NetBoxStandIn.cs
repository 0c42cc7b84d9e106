using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NetOrigin.Connectors.Tests.NetBox;

/// <summary>
/// A loopback HTTP server answering as NetBox's REST API does (docs: REST API overview): list endpoints under
/// /api/&lt;app&gt;/&lt;model&gt;/ with the count/next/previous/results envelope, offset and (NetBox 4.6) start
/// cursor pagination by primary key, brief mode, last_updated__gte filtering, and "Authorization: Token" checks.
/// Faults can be injected per path: a status for the Nth request, or a body that is not JSON.
/// </summary>
public sealed class NetBoxStandIn : IAsyncDisposable
{
    public const string Token = "0123456789abcdef0123456789abcdef01234567";
    public const string TokenWithoutPermission = "fedcba9876543210fedcba9876543210fedcba98";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, List<JsonObject>> _objects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _malformed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _sorted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(JsonObject Item, bool Brief), string> _encoded = new();

    public NetBoxStandIn()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/api/{app}/{model}/", Handle);
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address);
    }

    public Uri Url { get; }

    /// <summary>Requests per path so far (tests check that a retried page was asked for again).</summary>
    public int Requests(string path) => _requests.GetValueOrDefault(path);

    public void Add(string path, JsonObject item)
    {
        var id = Pk(item);
        item["url"] = new Uri(Url, $"{path}{id}/").AbsoluteUri;
        item["display"] ??= item["name"]?.GetValue<string>() ?? item["cid"]?.GetValue<string>() ?? id.ToString(CultureInfo.InvariantCulture);
        item["last_updated"] ??= "2026-01-01T00:00:00.000000Z";
        _objects.GetOrAdd(path, _ => []).Add(item);
        _sorted.TryRemove(path, out _);
    }

    /// <summary>The next requests to <paramref name="path"/> (after <paramref name="after"/> good ones) answer these statuses.</summary>
    public void Fail(string path, int after, params int[] statuses)
    {
        var queue = _faults.GetOrAdd(path, _ => new ConcurrentQueue<int>());
        for (var i = 0; i < after; i++)
        {
            queue.Enqueue(200);
        }

        foreach (var status in statuses)
        {
            queue.Enqueue(status);
        }
    }

    public void Malformed(string path) => _malformed[path] = true;

    private async Task Handle(HttpContext context, string app, string model)
    {
        var path = $"/api/{app}/{model}/";
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var auth = context.Request.Headers.Authorization.ToString();
        if (auth == $"Token {TokenWithoutPermission}")
        {
            await Problem(context, 403, "You do not have permission to perform this action.");
            return;
        }

        if (auth != $"Token {Token}")
        {
            await Problem(context, 401, "Invalid token");
            return;
        }

        if (_faults.TryGetValue(path, out var faults) && faults.TryDequeue(out var status) && status != 200)
        {
            if (status == 429)
            {
                context.Response.Headers.RetryAfter = "0";
            }

            await Problem(context, status, "injected fault");
            return;
        }

        if (_malformed.ContainsKey(path))
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"count\": 3, \"next\": null, \"results\": [{\"id\": 1, \"name\": ");
            return;
        }

        var query = context.Request.Query;
        var all = Sorted(path);
        if (query.TryGetValue("last_updated__gte", out var since))
        {
            var bar = DateTimeOffset.Parse(since!, CultureInfo.InvariantCulture);
            all = all.Where(o => DateTimeOffset.Parse((string)o["last_updated"]!, CultureInfo.InvariantCulture) >= bar).ToList();
        }

        var limit = query.TryGetValue("limit", out var l) ? int.Parse(l!, CultureInfo.InvariantCulture) : 50;
        limit = Math.Min(limit == 0 ? 1000 : limit, 1000);
        List<JsonObject> page;
        string? next;
        int? count;
        if (query.TryGetValue("start", out var s))
        {
            // Cursor pagination: primary keys from start, no count.
            var start = long.Parse(s!, CultureInfo.InvariantCulture);
            var first = FirstAtOrAfter(all, start);
            page = all.GetRange(first, Math.Min(limit, all.Count - first));
            var more = first + page.Count < all.Count;
            next = more ? Link(context, ("start", (Pk(page[^1]) + 1).ToString(CultureInfo.InvariantCulture))) : null;
            count = null;
        }
        else
        {
            var offset = query.TryGetValue("offset", out var o) ? int.Parse(o!, CultureInfo.InvariantCulture) : 0;
            page = all.Skip(offset).Take(limit).ToList();
            next = offset + limit < all.Count ? Link(context, ("offset", (offset + limit).ToString(CultureInfo.InvariantCulture))) : null;
            count = all.Count;
        }

        var brief = query.ContainsKey("brief");
        var body = new System.Text.StringBuilder(page.Count * 600);
        body.Append("{\"count\":").Append(count is null ? "null" : count.Value.ToString(CultureInfo.InvariantCulture))
            .Append(",\"next\":").Append(next is null ? "null" : JsonValue.Create(next).ToJsonString())
            .Append(",\"previous\":null,\"results\":[");
        for (var i = 0; i < page.Count; i++)
        {
            // Each object is serialised once, in full and brief form, however many pages show it.
            var json = _encoded.GetOrAdd((page[i], brief), key => (key.Brief ? Brief(key.Item) : key.Item).ToJsonString());
            body.Append(i == 0 ? "" : ",").Append(json);
        }

        body.Append("]}");
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToString());
    }

    /// <summary>The objects of a path in primary-key order (sorted once after the last addition).</summary>
    private List<JsonObject> Sorted(string path)
    {
        var list = _objects.GetValueOrDefault(path);
        if (list is null)
        {
            return [];
        }

        lock (list)
        {
            if (!_sorted.ContainsKey(path))
            {
                list.Sort((a, b) => Pk(a).CompareTo(Pk(b)));
                _sorted[path] = true;
            }
        }

        return list;
    }

    private static int FirstAtOrAfter(List<JsonObject> sorted, long start)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (Pk(sorted[mid]) < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static long Pk(JsonObject o) => long.Parse(o["id"]!.ToJsonString(), CultureInfo.InvariantCulture);

    private static JsonObject Brief(JsonObject o)
    {
        var brief = new JsonObject();
        foreach (var key in new[] { "id", "url", "display", "name", "slug", "cid", "model" })
        {
            if (o[key] is { } value)
            {
                brief[key] = value.DeepClone();
            }
        }

        return brief;
    }

    private static string Link(HttpContext context, (string Key, string Value) replace)
    {
        var pairs = context.Request.Query
            .Where(q => q.Key is not ("offset" or "start"))
            .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"{replace.Key}={replace.Value}");
        return $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}?{string.Join('&', pairs)}";
    }

    private static async Task Problem(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["detail"] = detail }.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
