using System.Net;
using NetOrigin.Cli.Files;
using NetOrigin.Connectors.Snmp;
using NetOrigin.Connectors.Snmp.Discovery;
using NetOrigin.Connectors.Snmp.Usm;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin discover snmp: poll agents live and write what they say as an inventory.</summary>
public sealed class DiscoverSnmpCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["community", "community-file", "v3-user", "auth", "auth-password-file", "priv", "priv-password-file", "port", "concurrency", "timeout", "retries", "out", "rejects"];
    private static readonly HashSet<string> Flags = ["lldp", "yes"];

    public string Name => "discover snmp";

    public string Summary => "poll SNMP agents (v2c or v3) and write them as a JSON Lines inventory";

    public string Usage => """
        usage: netorigin discover snmp TARGET... (--community NAME | --community-file FILE |
                                      --v3-user NAME --auth sha256 --auth-password-file FILE [--priv aes128 --priv-password-file FILE])
                                      [--port N] [--concurrency N] [--timeout MS] [--retries N] [--lldp] [--yes]
                                      [--out FILE.jsonl] [--rejects FILE]

          TARGET       an address (192.0.2.1, [2001:db8::1]), address:port, or IPv4 network (192.0.2.0/28);
                       more than a /20 (4,096 addresses) needs --yes
          --community  SNMPv2c community (--community-file reads it from a file, keeping it out of the process list)
          --v3-user    SNMPv3 user; --auth sha|sha256|sha384|sha512 (HMAC-SHA-2 per RFC 7860), --priv aes128 (RFC 3826);
                       passwords are read from files
          --port       default port for targets without one (161)
          --concurrency agents polled at once (default 32); --timeout per try in ms (default 1000); --retries (default 1)
          --lldp       also read LLDP neighbours (lldpRemTable) and list them as devices
          --out        write the inventory to FILE (default: standard output), for `netorigin assess FILE`
          --rejects    write every agent that gave no answer, and why, to FILE as CSV

        Every target is accounted for: answered, no response, authentication failed or malformed reply. A v2c agent
        does not answer a wrong community, so that shows as no response.

        exit codes: 0 done (even if some agents did not answer), 2 usage error
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, Flags);
        if (options.Positionals.Count == 0)
        {
            throw new UsageException("missing TARGET (an address, address:port or network)");
        }

        var port = options.Int("port", SnmpTargets.DefaultPort, 1, 65535);
        IReadOnlyList<IPEndPoint> targets;
        try
        {
            targets = SnmpTargets.Parse(options.Positionals, port, options.Has("yes"));
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }

        var credentials = Credentials(options);
        var snmp = new SnmpOptions(TimeSpan.FromMilliseconds(options.Int("timeout", 1000, 10, 60_000)), options.Int("retries", 1, 0, 10));
        var discovery = new SnmpDiscovery(snmp, options.Int("concurrency", 32, 1, 1024), options.Has("lldp"));

        new FilePlan().Reads("--community-file", options.Value("community-file")).Reads("--auth-password-file", options.Value("auth-password-file")).Reads("--priv-password-file", options.Value("priv-password-file"))
            .Writes("--out", options.Value("out")).Writes("--rejects", options.Value("rejects")).Check();
        using var output = new InventoryOutput(options.Value("out"), options.Value("rejects"), console);
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        var run = discovery.RunAsync(targets.Select(t => (t, credentials)).ToList());
        foreach (var outcome in run.ToBlockingEnumerable())
        {
            tally[outcome.Status] = tally.GetValueOrDefault(outcome.Status) + 1;
            foreach (var record in outcome.Records)
            {
                output.Add(record);
            }
        }

        output.Commit();
        var parts = new[] { "answered", "no response", "authentication failed", "malformed reply", "agent error" }
            .Where(tally.ContainsKey)
            .Select(s => $"{tally[s]} {s}");
        console.Error.WriteLine($"discover snmp: {targets.Count} targets: {string.Join(", ", parts)}; {output.Counts.Accepted} assets written{(options.Value("out") is { } path ? $" to {path}" : "")}");
        return ExitCodes.Done;
    }

    private static SnmpCredentials Credentials(CommandArguments options)
    {
        var community = options.Value("community") ?? (options.Value("community-file") is { } file ? Secret(file, "community") : null);
        var user = options.Value("v3-user");
        if ((community is null) == (user is null))
        {
            throw new UsageException("give either --community (or --community-file) for SNMPv2c, or --v3-user for SNMPv3");
        }

        if (community is not null)
        {
            return new SnmpCredentials.Community(community);
        }

        AuthProtocol? auth = null;
        string? authPassword = null;
        if (options.Value("auth") is { } authName)
        {
            auth = AuthProtocol.Named(authName) ?? throw new UsageException($"--auth '{authName}' is not one of sha, sha256, sha384, sha512");
            authPassword = Secret(options.Value("auth-password-file") ?? throw new UsageException("--auth needs --auth-password-file"), "authentication password");
        }

        string? privPassword = null;
        if (options.Value("priv") is { } privName)
        {
            if (!privName.Equals("aes128", StringComparison.OrdinalIgnoreCase) && !privName.Equals("aes", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"--priv '{privName}' is not aes128 (the privacy protocol supported)");
            }

            if (auth is null)
            {
                throw new UsageException("--priv needs --auth: SNMPv3 has no privacy without authentication");
            }

            privPassword = Secret(options.Value("priv-password-file") ?? throw new UsageException("--priv needs --priv-password-file"), "privacy password");
        }

        try
        {
            return new SnmpCredentials.V3(new UsmUser(user!, auth, authPassword, privPassword));
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>The first line of a file holding a secret; the secret is never echoed.</summary>
    private static string Secret(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{what} file '{path}' does not exist");
        }

        var line = File.ReadLines(path).FirstOrDefault()?.TrimEnd('\r');
        return string.IsNullOrEmpty(line) ? throw new UsageException($"{what} file '{path}' is empty") : line;
    }
}
