using NetOrigin.Cli;
using NetOrigin.Cli.Commands;

ICommand[] commands =
[
    new AssessCommand(),
    new IdentifyCommand(),
    new SampleCommand(),
];

return CommandLine.Run(commands, args, NetOrigin.Cli.Console.System);
