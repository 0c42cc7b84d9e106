using NetOrigin.Cli;
using NetOrigin.Cli.Commands;

ICommand[] commands =
[
    new OrgShowCommand(),
    new OrgSearchCommand(),
    new OrgValidateCommand(),
    new AssessCommand(),
    new SampleCommand(),
];

return CommandLine.Run(commands, args, NetOrigin.Cli.Console.System);
