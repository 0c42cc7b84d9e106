using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin audit verify: recomputes every tenant's audit chain and names the first broken entry.</summary>
public sealed class AuditVerifyCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["data-dir", "database", "tenant"];

    public string Name => "audit verify";

    public string Summary => "recompute the server's SHA-256 audit chains; name the first broken entry";

    public string Usage => """
        usage: netorigin audit verify [--tenant SLUG] [--data-dir DIR] [--database CONNECTION]

          --tenant     check one tenant (default: every tenant)
          --data-dir, --database   the server's store, as for netorigin serve

        exit codes: 0 every chain intact, 1 a chain is broken, 2 usage or database error
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        options.AllowPositionals(0);
        return StoreOptions.Use(options, async database =>
        {
            var accounts = new Accounts(database, new AuditLog(TimeProvider.System), TimeProvider.System);
            var tenants = await accounts.TenantsAsync();
            if (options.Value("tenant") is { } slug)
            {
                tenants = tenants.Where(t => t.Slug == slug).ToList();
                if (tenants.Count == 0)
                {
                    throw new UsageException($"no tenant '{slug}'");
                }
            }

            var broken = false;
            foreach (var tenant in tenants)
            {
                var result = await AuditLog.VerifyAsync(database, tenant.Id);
                if (result.Intact)
                {
                    console.Out.WriteLine($"tenant {tenant.Slug}: {result.EntriesChecked} entries, chain intact");
                }
                else
                {
                    broken = true;
                    console.Out.WriteLine($"tenant {tenant.Slug}: BROKEN at entry {result.FirstBrokenSeq}: {result.Problem}");
                }
            }

            return broken ? ExitCodes.FailOnStatusFound : ExitCodes.Done;
        });
    }
}
