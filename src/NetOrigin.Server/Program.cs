using NetOrigin.Server;

var app = ServerApp.Create(args);
await app.RunAsync();

/// <summary>The server's entry point (also the anchor tests start it by).</summary>
public partial class Program;
