using System.Diagnostics;

namespace NetOrigin.Cli.Tests;

/// <summary>Hard links for tests (.NET has no API to make one).</summary>
public static class FileLinks
{
    public static void HardLink(string existing, string link)
    {
        using var ln = Process.Start("ln", [existing, link])!;
        Assert.True(ln.WaitForExit(TimeSpan.FromSeconds(30)) && ln.ExitCode == 0, "ln failed");
    }
}
