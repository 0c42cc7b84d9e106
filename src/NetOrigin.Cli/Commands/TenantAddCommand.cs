using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin tenant add: a new tenant (organisation) with an admin, whose token is printed once.</summary>
public sealed class TenantAddCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["data-dir", "database", "name"];

    public string Name => "tenant add";

    public string Summary => "add a tenant to the server's store; prints its admin token once";

    public string Usage => """
        usage: netorigin tenant add SLUG [--name NAME] [--data-dir DIR] [--database CONNECTION]

          SLUG         the tenant's short name: lower-case letters, digits and hyphens
          --name       its display name (default: the slug)
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        var slug = options.RequiredPositional(0, "SLUG (the tenant's short name)");
        options.AllowPositionals(1);
        return StoreOptions.Use(options, async database =>
        {
            var accounts = new Accounts(database, new AuditLog(TimeProvider.System), TimeProvider.System);
            try
            {
                var issued = await accounts.CreateTenantAsync(slug, options.Value("name") ?? slug);
                console.Out.WriteLine($"tenant {slug} created with user 'admin'; its API token, shown only this once:");
                console.Out.WriteLine(issued.Secret);
                return ExitCodes.Done;
            }
            catch (Exception ex) when (ex is Storage.StorageException or Storage.ConflictException)
            {
                throw new UsageException(ex.Message);
            }
        });
    }
}
