namespace NetOrigin.Connectors.Tests.Peers;

/// <summary>
/// A program a test runs as a real peer. A missing one is a failure that says how to install it, never a skip:
/// ./test.sh installs them, and CI runs it.
/// </summary>
public static class ExternalTool
{
    public static string Require(string program, string debianPackage)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/sbin"]))
        {
            var path = Path.Combine(dir, program);
            if (dir.Length > 0 && File.Exists(path))
            {
                return path;
            }
        }

        Assert.Fail($"'{program}' is not installed; these tests use it as a real peer. Run ./test.sh, or install it: sudo apt-get install -y {debianPackage}");
        return "";
    }
}
