using NetOrigin.Fuzzing;

namespace NetOrigin.Tests.Fuzzing;

/// <summary>The file parsers' share of the suite's fuzz run (the connectors' targets are run with the connectors' tests).</summary>
internal static class FuzzTestRun
{
    public static TheoryData<string> TargetsWhere(Func<IFuzzTarget, bool> include) =>
        new(FuzzTargets.All.Where(t => !FuzzTargets.Connectors.Contains(t)).Where(include).Select(t => t.Name));

    public static void AssertNoFailures(string name) => AssertClean(FuzzSuite.Check(name));

    public static void AssertClean(string? failure)
    {
        if (failure is not null)
        {
            Assert.Fail(failure);
        }
    }
}
