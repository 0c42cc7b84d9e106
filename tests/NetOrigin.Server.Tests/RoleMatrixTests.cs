using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests;

/// <summary>
/// Every endpoint × every role × own and other tenant, on both engines: a role gets exactly what its permissions
/// grant (403 otherwise), nobody unsigned gets anything (401), and no endpoint returns or changes another
/// tenant's data (404 for its objects; its audit chain, which every change extends, stays as it was).
/// </summary>
public sealed class RoleMatrixTests(ServersFixture servers) : IClassFixture<ServersFixture>
{
    /// <summary>The permission each endpoint is meant to need; an endpoint missing here fails the test.</summary>
    private static readonly Dictionary<string, Permission> Spec = new()
    {
        ["GET /api/v1/me"] = Permission.Read,
        ["POST /api/v1/imports/"] = Permission.Import,
        ["GET /api/v1/imports/"] = Permission.Read,
        ["GET /api/v1/imports/{importId:long}"] = Permission.Read,
        ["GET /api/v1/imports/{importId:long}/rejections"] = Permission.Read,
        ["GET /api/v1/imports/{importId:long}/assets"] = Permission.Read,
        ["POST /api/v1/runs/"] = Permission.Import,
        ["GET /api/v1/runs/"] = Permission.Read,
        ["GET /api/v1/runs/{runId:long}"] = Permission.Read,
        ["GET /api/v1/runs/{runId:long}/findings"] = Permission.Read,
        ["GET /api/v1/runs/{runId:long}/findings/{findingId:long}"] = Permission.Read,
        ["GET /api/v1/runs/{runId:long}/export"] = Permission.Read,
        ["GET /api/v1/runs/{runId:long}/changes"] = Permission.Read,
        ["GET /api/v1/runs/{runId:long}/risk"] = Permission.Read,
        ["GET /api/v1/runs/{runId:long}/exposure"] = Permission.Read,
        ["POST /api/v1/reassessments"] = Permission.Administer,
        ["GET /api/v1/comparisons/"] = Permission.Read,
        ["GET /api/v1/jobs/"] = Permission.Read,
        ["GET /api/v1/jobs/{jobId:long}"] = Permission.Read,
        ["POST /api/v1/jobs/{jobId:long}/cancel"] = Permission.Import,
        ["GET /api/v1/organisations/"] = Permission.Read,
        ["GET /api/v1/organisations/{organisationId}"] = Permission.Read,
        ["GET /api/v1/packs/"] = Permission.Read,
        ["GET /api/v1/packs/{packId}"] = Permission.Read,
        ["GET /api/v1/waivers/"] = Permission.Read,
        ["GET /api/v1/waivers/{waiverId:long}"] = Permission.Read,
        ["POST /api/v1/waivers/"] = Permission.RequestWaiver,
        ["POST /api/v1/waivers/{waiverId:long}/approve"] = Permission.Approve,
        ["POST /api/v1/waivers/{waiverId:long}/reject"] = Permission.Approve,
        ["POST /api/v1/waivers/{waiverId:long}/revoke"] = Permission.Approve,
        ["GET /api/v1/approved-list/"] = Permission.Read,
        ["GET /api/v1/approved-list/{entryId:long}/history"] = Permission.Read,
        ["POST /api/v1/approved-list/"] = Permission.Approve,
        ["PUT /api/v1/approved-list/{entryId:long}"] = Permission.Approve,
        ["DELETE /api/v1/approved-list/{entryId:long}"] = Permission.Approve,
        ["GET /api/v1/users/"] = Permission.Administer,
        ["POST /api/v1/users/"] = Permission.Administer,
        ["PATCH /api/v1/users/{userId:long}"] = Permission.Administer,
        ["POST /api/v1/users/{userId:long}/tokens"] = Permission.Administer,
        ["GET /api/v1/tokens/"] = Permission.Administer,
        ["DELETE /api/v1/tokens/{tokenId:long}"] = Permission.Administer,
        ["GET /api/v1/audit/"] = Permission.Audit,
        ["GET /api/v1/audit/verify"] = Permission.Audit,
        ["POST /api/v1/plans/"] = Permission.Plan,
        ["GET /api/v1/plans/"] = Permission.Read,
        ["GET /api/v1/plans/{planId:long}"] = Permission.Read,
        ["GET /api/v1/plans/{planId:long}/status"] = Permission.Read,
        ["POST /api/v1/plans/{planId:long}/replan"] = Permission.Plan,
        ["POST /api/v1/plans/{planId:long}/tasks/{assetId}/progress"] = Permission.Plan,
        ["GET /api/v1/plans/{planId:long}/progress"] = Permission.Read,
        ["GET /api/v1/plans/{planId:long}/reports/{kind}"] = Permission.Read,
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Every_endpoint_answers_each_role_of_each_tenant_as_its_permission_says(string engine)
    {
        var host = await servers.For(engine);
        var ids = await ObjectsOfTenantA(host);
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToList();
        Assert.Empty(endpoints.Except(Spec.Keys));
        Assert.Empty(Spec.Keys.Except(endpoints));

        // Another tenant first: nothing of tenant A may be read or changed.
        var auditBefore = await AuditLength(host, "a");
        foreach (var endpoint in endpoints)
        {
            using (var anonymous = host.Client())
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await Send(anonymous, endpoint, ids)).StatusCode);
            }

            foreach (var role in Enum.GetValues<Role>())
            {
                using var client = host.Client("b", role);
                var response = await Send(client, endpoint, ids);
                var body = await response.Content.ReadAsStringAsync();
                if (!role.Allows(Spec[endpoint]))
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint} as {role} of another tenant: {(int)response.StatusCode} {body}");
                    continue;
                }

                var (a, _) = ids;
                Assert.True((int)response.StatusCode < 500, $"{endpoint} as {role} of another tenant: {(int)response.StatusCode} {body}");
                if (endpoint.Contains('{', StringComparison.Ordinal) && !endpoint.Contains("{organisationId}", StringComparison.Ordinal) && !endpoint.Contains("{packId}", StringComparison.Ordinal))
                {
                    Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{endpoint} as {role} of another tenant reached tenant A's object: {(int)response.StatusCode} {body}");
                }
                else if (endpoint is "POST /api/v1/runs/" or "POST /api/v1/plans/")
                {
                    Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                }
                else if (endpoint.StartsWith("GET", StringComparison.Ordinal))
                {
                    Assert.DoesNotContain(a["tenantSlug"], body, StringComparison.Ordinal);
                    Assert.DoesNotContain($"\"id\":{a["importId"]},", body, StringComparison.Ordinal);
                    Assert.DoesNotContain($"\"id\":{a["waiverId"]},", body, StringComparison.Ordinal);
                    Assert.DoesNotContain($"\"id\":{a["planId"]},", body, StringComparison.Ordinal);
                }
            }
        }

        Assert.Equal(auditBefore, await AuditLength(host, "a"));

        // Then the tenant's own roles.
        foreach (var endpoint in endpoints)
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                using var client = host.Client("a", role);
                var response = await Send(client, endpoint, ids);
                var body = await response.Content.ReadAsStringAsync();
                if (role.Allows(Spec[endpoint]))
                {
                    // A removal already made by a role before this one finds nothing left to remove.
                    var gone = response.StatusCode == HttpStatusCode.NotFound && endpoint.StartsWith("DELETE", StringComparison.Ordinal);
                    Assert.True((int)response.StatusCode < 500 && (gone || response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or HttpStatusCode.NotFound)),
                        $"{endpoint} as {role} of its tenant: {(int)response.StatusCode} {body}");
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint} as {role} of its tenant: {(int)response.StatusCode} {body}");
                }
            }
        }
    }

    /// <summary>One object of each kind in tenant A, to aim every endpoint at.</summary>
    private static async Task<(Dictionary<string, string> A, string Csv)> ObjectsOfTenantA(ServerHost host)
    {
        using var admin = host.Client("a", Role.Admin);
        using var analyst = host.Client("a", Role.Analyst);
        const string csv = "id,manufacturer,model,acquired\nm1,Huawei,MA5800-X7,2020-01-01\nm2,Cisco,ASR-9010,2020-01-01\nbad,Cisco,,31/02/2019\n";
        var accepted = await analyst.Upload(csv, "matrix.csv", "us-fcc-covered-list");
        var job = accepted.GetProperty("job_id").GetInt64();
        await analyst.WaitForJob(job);
        var waiver = await (await analyst.PostAsJsonAsync("/api/v1/waivers", new { pack = "us-fcc-covered-list", scope = new { asset_ids = new[] { "m1" } }, justification = "replacement ordered", expires = "2030-01-01" })).Json(HttpStatusCode.Created);
        var entry = await (await admin.PostAsJsonAsync("/api/v1/approved-list", new { manufacturer = "cisco" })).Json(HttpStatusCode.OK);
        var victim = await (await admin.PostAsJsonAsync("/api/v1/users", new { name = "victim-" + Guid.NewGuid().ToString("N")[..6], role = "viewer" })).Json(HttpStatusCode.Created);
        var victimToken = await (await admin.PostAsJsonAsync($"/api/v1/users/{victim.GetProperty("id").GetInt64()}/tokens", new { name = "victim" })).Json(HttpStatusCode.Created);
        var me = await admin.GetJson("/api/v1/me");
        var runId = accepted.GetProperty("run").GetProperty("id").GetInt64();
        var plan = await PlanTests.PlanAsync(analyst, new { run_id = runId, start = "2026-06-30", work = 0.5, workers = 1, fixes = false });
        return (new Dictionary<string, string>
        {
            ["importId"] = accepted.GetProperty("import").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["runId"] = accepted.GetProperty("run").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["findingId"] = "1",
            ["jobId"] = job.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["waiverId"] = waiver.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["entryId"] = entry.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["userId"] = victim.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["tokenId"] = victimToken.GetProperty("token").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["planId"] = plan.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["assetId"] = "m1",
            ["kind"] = "status-update",
            ["organisationId"] = "huawei-technologies",
            ["packId"] = "us-fcc-covered-list",
            ["tenantSlug"] = me.GetProperty("tenant").GetString()!,
        }, csv);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string endpoint, (Dictionary<string, string> A, string Csv) ids)
    {
        var (a, csv) = ids;
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        var method = endpoint[..space];
        var path = endpoint[(space + 1)..];
        foreach (var (name, value) in a)
        {
            path = path.Replace($"{{{name}:long}}", value, StringComparison.Ordinal).Replace($"{{{name}}}", value, StringComparison.Ordinal);
        }

        path += endpoint switch
        {
            "POST /api/v1/imports/" => "?file_name=matrix.csv",
            "GET /api/v1/comparisons/" => $"?from={a["runId"]}&to={a["runId"]}",
            "GET /api/v1/runs/{runId:long}/changes" => $"?since={a["runId"]}",
            "GET /api/v1/runs/{runId:long}/exposure" => "?cut=Starlink",
            _ => "",
        };
        HttpContent? content = endpoint switch
        {
            "POST /api/v1/imports/" => new StringContent(csv, Encoding.UTF8, "text/csv"),
            "POST /api/v1/runs/" => JsonContent.Create(new { import_id = long.Parse(a["importId"], System.Globalization.CultureInfo.InvariantCulture), packs = new[] { "us-fcc-covered-list" }, as_of = "2026-06-30" }),
            "POST /api/v1/waivers/" => JsonContent.Create(new { pack = "us-fcc-covered-list", scope = new { sites = new[] { "S1" } }, justification = "matrix", expires = "2031-01-01" }),
            "POST /api/v1/approved-list/" or "PUT /api/v1/approved-list/{entryId:long}" => JsonContent.Create(new { manufacturer = "nokia" }),
            "POST /api/v1/users/" => JsonContent.Create(new { name = "u-" + Guid.NewGuid().ToString("N")[..8], role = "viewer" }),
            "PATCH /api/v1/users/{userId:long}" => JsonContent.Create(new { disabled = true }),
            "POST /api/v1/users/{userId:long}/tokens" => JsonContent.Create(new { name = "matrix" }),
            "POST /api/v1/plans/" => JsonContent.Create(new { run_id = long.Parse(a["runId"], System.Globalization.CultureInfo.InvariantCulture), start = "2026-06-30", work = 0.5, workers = 1, fixes = false }),
            "POST /api/v1/plans/{planId:long}/replan" => JsonContent.Create(new { start = "2026-07-06" }),
            "POST /api/v1/plans/{planId:long}/tasks/{assetId}/progress" => JsonContent.Create(new { state = "ordered", date = "2026-06-30" }),
            _ when method is "POST" or "PUT" or "PATCH" => JsonContent.Create(new { note = "matrix" }),
            _ => null,
        };
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
        return await client.SendAsync(request);
    }

    private static async Task<long> AuditLength(ServerHost host, string tenant)
    {
        using var admin = host.Client(tenant, Role.Admin);
        return (await admin.GetJson("/api/v1/audit/verify")).GetProperty("entries_checked").GetInt64();
    }
}
