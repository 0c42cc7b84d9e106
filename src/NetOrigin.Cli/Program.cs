using NetOrigin.Cli;
using NetOrigin.Cli.Commands;

ICommand[] commands =
[
    new AssessCommand(),
    new IdentifyCommand(),
    new PlanCommand(),
    new ProgressRecordCommand(),
    new ReportCommand(),
    new RiskCommand(),
    new ExposureCommand(),
    new SampleCommand(),
    new OrgShowCommand(),
    new OrgSearchCommand(),
    new OrgValidateCommand(),
    new PolicyListCommand(),
    new PolicyShowCommand(),
    new PolicyValidateCommand(),
    new PolicyDiffCommand(),
    new WaiversListCommand(),
    new DataUpdateCommand(),
    new DiscoverSnmpCommand(),
    new ImportNetBoxCommand(),
    new ServeCommand(),
    new TenantAddCommand(),
    new AuditVerifyCommand(),
];

return CommandLine.Run(commands, args, NetOrigin.Cli.Console.System);
