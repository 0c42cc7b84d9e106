using NetOrigin.Cli;
using NetOrigin.Cli.Commands;

ICommand[] commands =
[
    new OrgShowCommand(),
    new OrgSearchCommand(),
    new OrgValidateCommand(),
    new AssessCommand(),
    new DataUpdateCommand(),
    new SampleCommand(),
    new PolicyListCommand(),
    new PolicyShowCommand(),
    new PolicyValidateCommand(),
    new PolicyDiffCommand(),
    new WaiversListCommand(),
];

return CommandLine.Run(commands, args, NetOrigin.Cli.Console.System);
