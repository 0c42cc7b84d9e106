using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace NetOrigin.Server.Tests;

/// <summary>What the tests do through the API: upload, wait for jobs, read JSON.</summary>
public static class Api
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response, HttpStatusCode? expected = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (expected is { } status)
        {
            Assert.True(response.StatusCode == status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not {(int)status}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJson(this HttpClient client, string url) => await (await client.GetAsync(url)).Json(HttpStatusCode.OK);

    /// <summary>Uploads an inventory; returns the accepted response (import, run, job_id).</summary>
    public static async Task<JsonElement> Upload(this HttpClient client, string content, string fileName, string? assess = null, string asOf = "2026-06-30")
    {
        var url = $"/api/v1/imports?file_name={Uri.EscapeDataString(fileName)}" + (assess is null ? "" : $"&assess={assess}&as_of={asOf}");
        using var body = new StringContent(content, Encoding.UTF8, "text/csv");
        return await (await client.PostAsync(url, body)).Json(HttpStatusCode.Accepted);
    }

    /// <summary>Waits (bounded) until the job has ended; returns it.</summary>
    public static async Task<JsonElement> WaitForJob(this HttpClient client, long jobId, int seconds = 300)
    {
        for (var i = 0; i < seconds * 10; i++)
        {
            var job = await client.GetJson($"/api/v1/jobs/{jobId}");
            if (job.GetProperty("state").GetString() is "succeeded" or "failed" or "cancelled")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"job {jobId} did not end within {seconds} s");
    }

    /// <summary>Follows a findings query's keyset pages to the end (bounded); returns the finding ids in the order served.</summary>
    public static async Task<List<long>> FindingIds(this HttpClient client, string url, int limit)
    {
        var seen = new List<long>();
        string? next = null;
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await client.GetJson($"{url}&limit={limit}{(next is null ? "" : "&after=" + next)}");
            seen.AddRange(page.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            if (next is null)
            {
                return seen;
            }
        }

        throw new InvalidOperationException($"{url} did not end within 1000 pages");
    }

    /// <summary>Uploads, assesses and waits; returns the run id.</summary>
    public static async Task<long> ImportAndAssess(this HttpClient client, string content, string fileName, string packs = "us-fcc-covered-list", string asOf = "2026-06-30")
    {
        var accepted = await client.Upload(content, fileName, packs, asOf);
        var job = await client.WaitForJob(accepted.GetProperty("job_id").GetInt64());
        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        return accepted.GetProperty("run").GetProperty("id").GetInt64();
    }

    public static async Task<long> Assess(this HttpClient client, long importId, string asOf, params string[] packs)
    {
        var response = await client.PostAsJsonAsync("/api/v1/runs", new { import_id = importId, packs, as_of = asOf });
        var accepted = await response.Json(HttpStatusCode.Accepted);
        var job = await client.WaitForJob(accepted.GetProperty("job_id").GetInt64());
        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        return accepted.GetProperty("run").GetProperty("id").GetInt64();
    }

    public static string Sample => File.ReadAllText(Path.Combine(ServerHost.RepositoryRoot, "samples", "regional-carrier.csv"));
}
