using System.Globalization;
using NetOrigin.Cli.Files;
using NetOrigin.Connectors.NetBox;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin import netbox: read a NetBox inventory over its REST API into a JSON Lines inventory.</summary>
public sealed class ImportNetBoxCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["url", "token-file", "out", "rejects", "since", "state", "page-size", "retries"];

    public string Name => "import netbox";

    public string Summary => "read devices, modules, inventory items and circuits from NetBox's REST API";

    public string Usage => """
        usage: netorigin import netbox --url URL --token-file FILE [--out FILE.jsonl] [--rejects FILE]
                                       [--since TIMESTAMP | --state FILE] [--page-size N] [--retries N]

          --url        NetBox's address, e.g. https://netbox.example.net
          --token-file file holding the API token (v1 tokens are sent as "Token", v2 "nbt_..." tokens as "Bearer")
          --out        write the inventory to FILE (default: standard output), for `netorigin assess FILE`
          --rejects    write every object that could not become an asset, and why, to FILE as CSV
          --since      only objects changed at or after TIMESTAMP (ISO 8601; NetBox's last_updated)
          --state      incremental runs: read the last run's high-water mark from FILE, write the new one on success
          --page-size  objects per request (default 1000; NetBox's MAX_PAGE_SIZE caps it)
          --retries    tries after a 429 or 5xx reply, with exponential back-off (default 5)

        Devices, modules and inventory items become equipment; tenants become operators (owner_org); circuits become
        services of their provider. See docs/connectors.md for the field mapping.

        exit codes: 0 done, 2 usage error or NetBox could not be read (nothing is written then)
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        options.AllowPositionals(0);
        var url = options.Value("url") ?? throw new UsageException("missing --url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--url '{url}' is not an http or https address");
        }

        var tokenFile = options.Value("token-file") ?? throw new UsageException("missing --token-file");
        if (!File.Exists(tokenFile))
        {
            throw new UsageException($"token file '{tokenFile}' does not exist");
        }

        var token = File.ReadLines(tokenFile).FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            throw new UsageException($"token file '{tokenFile}' is empty");
        }

        var state = options.Value("state");
        DateTimeOffset? since = null;
        if (options.Value("since") is { } sinceText)
        {
            since = Timestamp(sinceText, "--since");
        }
        else if (state is not null && File.Exists(state))
        {
            since = Timestamp(File.ReadAllText(state).Trim(), $"state file '{state}'");
        }

        new FilePlan().Reads("--token-file", tokenFile).Writes("--out", options.Value("out")).Writes("--rejects", options.Value("rejects")).Writes("--state", state).Check();
        using var client = new NetBoxClient(baseUrl, token, options.Int("retries", 5, 0, 20));
        var import = new NetBoxImport(client, options.Int("page-size", 1000, 1, 100_000));
        using var output = new InventoryOutput(options.Value("out"), options.Value("rejects"), console);
        try
        {
            foreach (var record in import.ReadAsync(since).ToBlockingEnumerable())
            {
                output.Add(record);
            }
        }
        catch (NetBoxException ex)
        {
            console.Error.WriteLine($"netorigin import netbox: {ex.Message}");
            console.Error.WriteLine($"nothing written: {output.Counts.Read} objects had been read");
            return ExitCodes.UsageOrInputError;
        }

        output.Commit();
        if (state is not null && import.LastUpdated is { } mark)
        {
            OutputFile.Write(state, writer => writer.Write(NetBoxClient.Iso(mark) + "\n"));
        }

        console.Error.WriteLine($"import netbox: {output.Counts.Read} objects from {import.Source}: {output.Counts.Accepted} assets, {output.Counts.Rejected} rejected{(client.RetriesUsed > 0 ? $"; {client.RetriesUsed} requests retried" : "")}{(since is { } s ? $"; changed since {NetBoxClient.Iso(s)}" : "")}");
        return ExitCodes.Done;
    }

    private static DateTimeOffset Timestamp(string text, string what) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new UsageException($"{what}: '{text}' is not an ISO 8601 timestamp");
}
