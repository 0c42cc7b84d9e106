using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NetOrigin.Planning;
using NetOrigin.Planning.CpSat;
using NetOrigin.ReferenceData;
using NetOrigin.Server.Apis;
using NetOrigin.Server.Auth;
using NetOrigin.Server.Jobs;
using NetOrigin.Server.Operations;
using NetOrigin.Server.Web;
using NetOrigin.Storage.Approvals;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.History;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Planning;
using NetOrigin.Storage.Sql;
using Scalar.AspNetCore;

namespace NetOrigin.Server;

/// <summary>
/// The NetOrigin server: the store, the job worker, authentication and the REST API under /api/v1. Each area maps
/// its endpoints in its own <c>Map…Api</c>; a new area (risk, plans, the web pages) adds one line below.
/// </summary>
public static class ServerApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);

        // ASP.NET Core's own request logs carry paths and query strings; the server's request log says what is needed.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var settings = builder.Configuration.GetSection(ServerSettings.Section).Get<ServerSettings>() ?? new ServerSettings();
        builder.Services.Configure<ServerSettings>(builder.Configuration.GetSection(ServerSettings.Section));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.MaxUploadBytes;
        });

        AddStore(builder.Services);

        // Keys for what the framework protects (antiforgery now, sign-in cookies later) live with the data.
        builder.Services.AddDataProtection().SetApplicationName("netorigin");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(sp.GetRequiredService<IOptions<ServerSettings>>().Value.ResolveDataDir(), "keys")),
                sp.GetRequiredService<ILoggerFactory>())));
        builder.Services.AddSingleton<JobSignal>();
        builder.Services.AddSingleton<Startup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Startup>());
        builder.Services.AddHostedService<JobWorker>();

        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSignIns();
        builder.Services.AddWebPages();
        builder.Services.AddAuthorization(options =>
        {
            foreach (var permission in Enum.GetValues<Permission>())
            {
                options.AddPolicy(permission.Policy(), policy => policy
                    .RequireAuthenticatedUser()
                    .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true && context.User.Principal().Role.Allows(permission)));
            }
        });

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemMapping>();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.DictionaryKeyPolicy = null;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NetOrigin API";
            document.Info.Description = "Who made what is in your network, who controls them, and which rules apply — with the evidence. Authenticate with Authorization: Bearer <token>.";
            return Task.CompletedTask;
        }));
        builder.Services.AddHealthChecks()
            .AddCheck<ReadinessCheck>("database", tags: ["ready"]);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRequestLog();
        app.UseRouting();
        app.UseRequestLimits();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapWebPages();
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("NetOrigin API"));
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });

        var api = app.MapGroup("/api/v1");
        api.MapMeApi();
        api.MapImportsApi();
        api.MapRunsApi();
        api.MapRiskApi();
        api.MapComparisonsApi();
        api.MapJobsApi();
        api.MapOrganisationsApi();
        api.MapPacksApi();
        api.MapWaiversApi();
        api.MapPlansApi();
        api.MapApprovedListApi();
        api.MapUsersApi();
        api.MapAuditApi();
        return app;
    }

    private static void AddStore(IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<ServerSettings>>().Value;
            var database = Database.Open(settings.Database ?? Environment.GetEnvironmentVariable(Database.EnvironmentVariable), settings.ResolveDataDir());
            if (database.Engine == DatabaseEngine.Sqlite)
            {
                // Microsoft.Data.Sqlite's async calls run synchronously on pool threads: without threads ready for
                // concurrent readers, requests queue behind the pool's slow growth instead of behind the CPU.
                ThreadPool.GetMinThreads(out var workers, out var io);
                ThreadPool.SetMinThreads(Math.Max(workers, 64), io);
            }

            return database;
        });
        services.AddSingleton(sp => ReferenceSnapshot.Load(DataDirectory.Locate(sp.GetRequiredService<IOptions<ServerSettings>>().Value.ReferenceData)));
        services.AddSingleton<AuditLog>();
        services.AddSingleton<Accounts>();
        services.AddSingleton<JobQueue>();
        services.AddSingleton<UploadStore>();
        services.AddSingleton<Imports>();
        services.AddSingleton<Runs>();
        services.AddSingleton<EvidenceBlobs>();
        services.AddSingleton<Findings>();
        services.AddSingleton<RunComparison>();
        services.AddSingleton<Reassessment>();
        services.AddSingleton<Waivers>();
        services.AddSingleton<ApprovedEntries>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<Plans>();
        services.AddSingleton<IPlanSolver, CpSatPlanner>();
        services.AddSingleton<PlanJobRunner>();
        services.AddSingleton<NetOrigin.Storage.Risk.RunAnalysis>();
        services.AddSingleton(sp => new NetOrigin.Storage.Risk.StoredAnalyses(
            sp.GetRequiredService<Database>(),
            sp.GetRequiredService<NetOrigin.Storage.Risk.RunAnalysis>(),
            new NetOrigin.Storage.Risk.ScratchDirectory(Path.Combine(sp.GetRequiredService<IOptions<ServerSettings>>().Value.ResolveDataDir(), "scratch"))));
        services.AddSingleton<NetOrigin.Storage.Risk.AnalysisJobRunner>();
    }

    /// <summary>Ready when start-up (migrations, first admin) is done and the database answers.</summary>
    private sealed class ReadinessCheck(Startup startup, Database database) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (!startup.Done)
            {
                return HealthCheckResult.Unhealthy("starting");
            }

            try
            {
                await using var session = await database.ReadAsync(cancellationToken);
                await session.ScalarAsync<long>("SELECT 1");
                return HealthCheckResult.Healthy();
            }
            catch (System.Data.Common.DbException ex)
            {
                return HealthCheckResult.Unhealthy($"the database does not answer ({ex.GetType().Name})");
            }
        }
    }
}
