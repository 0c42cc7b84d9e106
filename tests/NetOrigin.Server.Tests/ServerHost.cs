using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetOrigin.Server.Operations;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests;

/// <summary>
/// A NetOrigin server in the test process (the real app, its real store on SQLite or PostgreSQL, its job worker),
/// with two tenants and a token for every role in each.
/// </summary>
public sealed class ServerHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private ServerHost(WebApplicationFactory<Program> factory, string engine, string database, string dataDir)
    {
        _factory = factory;
        Engine = engine;
        Database = database;
        DataDir = dataDir;
    }

    public string Engine { get; }
    public string Database { get; }
    public string DataDir { get; }
    public IServiceProvider Services => _factory.Services;

    /// <summary>Tokens by tenant ("a", "b") and role.</summary>
    public Dictionary<(string Tenant, Role Role), string> Tokens { get; } = [];

    /// <summary>The server's address when it listens on a real loopback socket (<c>kestrel</c>), for a browser.</summary>
    public Uri? BaseAddress { get; private set; }

    public static async Task<ServerHost> StartAsync(string engine, IDictionary<string, string?>? settings = null, string? database = null, string? dataDir = null, IDictionary<(string, Role), string>? tokens = null, Action<IWebHostBuilder>? configure = null, bool kestrel = false)
    {
        Startup.TokenOutput = TextWriter.Null;
        dataDir ??= Scratch.Directory();
        database ??= TestDatabases.Create(engine, dataDir);
        var all = new Dictionary<string, string?>
        {
            ["NetOrigin:DataDir"] = dataDir,
            ["NetOrigin:Database"] = database,
            ["NetOrigin:ReferenceData"] = RepositoryData,
            ["NetOrigin:JobPollSeconds"] = "0.1",
            ["NetOrigin:JobLeaseSeconds"] = "6",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in all)
            {
                builder.UseSetting(key, value);
            }

            configure?.Invoke(builder);
        });
        if (kestrel)
        {
            factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
        }

        var host = new ServerHost(factory, engine, database, dataDir);
        if (kestrel)
        {
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            host.BaseAddress = new Uri(address);
        }

        using (var client = factory.CreateClient())
        {
            // The first request starts the host (migrations, first admin).
            (await client.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        }

        if (tokens is not null)
        {
            // A server started again on the same store: the tenants and tokens are those made before.
            foreach (var (key, token) in tokens)
            {
                host.Tokens[key] = token;
            }

            return host;
        }

        var accounts = factory.Services.GetRequiredService<Accounts>();
        foreach (var tenant in new[] { "a", "b" })
        {
            var slug = $"t{tenant}-{Guid.NewGuid().ToString("N")[..6]}";
            var admin = await accounts.CreateTenantAsync(slug, $"Tenant {tenant}");
            host.Tokens[(tenant, Role.Admin)] = admin.Secret;
            using var client = host.Client(tenant, Role.Admin);
            foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.Admin))
            {
                var user = await client.PostAsJsonAsync("/api/v1/users", new { name = role.Name() + "-user", role = role.Name() });
                user.EnsureSuccessStatusCode();
                var id = (await user.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
                var token = await client.PostAsJsonAsync($"/api/v1/users/{id}/tokens", new { name = "test" });
                token.EnsureSuccessStatusCode();
                host.Tokens[(tenant, role)] = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
            }
        }

        return host;
    }

    public HttpClient Client(string tenant, Role role) => Client(Tokens[(tenant, role)]);

    public HttpClient Client(string? token = null)
    {
        var client = _factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NetOrigin.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("repository root not found");
        }
    }

    public static string RepositoryData => Path.Combine(RepositoryRoot, "data");

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}

/// <summary>One server per engine for a test class, started on first use.</summary>
public sealed class ServersFixture : IAsyncDisposable
{
    private readonly Dictionary<string, Task<ServerHost>> _hosts = [];

    public Task<ServerHost> For(string engine)
    {
        lock (_hosts)
        {
            if (!_hosts.TryGetValue(engine, out var host))
            {
                _hosts[engine] = host = ServerHost.StartAsync(engine);
            }

            return host;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Values)
        {
            await (await host).DisposeAsync();
        }
    }
}
