using NetOrigin.Cli;
using NetOrigin.Cli.Commands;

ICommand[] commands =
[
    new AssessCommand(),
    new SampleCommand(),
    new OrgShowCommand(),
    new OrgSearchCommand(),
    new OrgValidateCommand(),
];

return CommandLine.Run(commands, args, NetOrigin.Cli.Console.System);
