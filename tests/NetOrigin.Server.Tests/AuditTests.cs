using Microsoft.Extensions.DependencyInjection;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Server.Tests;

/// <summary>The audit log is append-only and tamper-evident: an entry edited in the database is named by verify, through the API and the CLI.</summary>
public sealed class AuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task An_edited_entry_breaks_the_chain_and_verify_names_it(string engine)
    {
        await using var host = await ServerHost.StartAsync(engine);
        using var auditor = host.Client("a", Role.Auditor);
        var verified = await auditor.GetJson("/api/v1/audit/verify");
        Assert.True(verified.GetProperty("intact").GetBoolean());
        var entries = await auditor.GetJson("/api/v1/audit");
        var second = entries.GetProperty("items")[1];
        Assert.Equal(2, second.GetProperty("seq").GetInt64());
        Assert.Equal(entries.GetProperty("items")[0].GetProperty("hash").GetString(), second.GetProperty("previous_hash").GetString());

        var database = host.Services.GetRequiredService<Database>();
        var slug = (await auditor.GetJson("/api/v1/me")).GetProperty("tenant").GetString()!;
        var tenant = (await host.Services.GetRequiredService<Accounts>().TenantsAsync()).Single(t => t.Slug == slug).Id;
        await using (var session = await database.WriteAsync())
        {
            // The server's own connections cannot change an entry...
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => session.ExecuteAsync("UPDATE audit_log SET actor = 'someone else' WHERE tenant_id = @t AND seq = 2", ("t", (object?)tenant)));
        }

        await using (var session = await database.WriteAsync())
        {
            // ...but someone with the database itself can: drop the guard and rewrite history.
            await session.ExecuteAsync(engine == "postgres" ? "DROP TRIGGER audit_log_no_update ON audit_log" : "DROP TRIGGER audit_log_no_update");
            await session.ExecuteAsync("UPDATE audit_log SET actor = 'someone else' WHERE tenant_id = @t AND seq = 2", ("t", (object?)tenant));
            await session.CommitAsync();
        }

        var broken = await auditor.GetJson("/api/v1/audit/verify");
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(2, broken.GetProperty("first_broken_seq").GetInt64());
        Assert.Contains("entry 2", broken.GetProperty("problem").GetString());

        var (exit, output) = ServerProcess.Run(["audit", "verify", "--database", host.Database, "--data-dir", host.DataDir]);
        Assert.Equal(1, exit);
        Assert.Contains("BROKEN at entry 2", output);
        Assert.Contains("was changed after it was written", output);
    }
}
