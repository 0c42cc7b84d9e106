using NetOrigin.Fuzzing;
using NetOrigin.Inventory;

namespace NetOrigin.Tests.Fuzzing;

/// <summary>The harness itself: it reports each kind of failure, and the same seed gives the same inputs.</summary>
public class FuzzHarnessTests
{
    private static readonly FuzzLimits Tight = new(TimeSpan.FromMilliseconds(500), 64L << 20);

    [Fact]
    public void An_exception_that_is_not_an_input_error_is_a_crash() =>
        Assert.Equal(FuzzVerdict.Crash, Run(_ => throw new InvalidOperationException("boom")).Verdict);

    [Fact]
    public void A_documented_input_error_naming_the_input_is_a_refusal() =>
        Assert.Equal(FuzzVerdict.InputError, Run(_ => throw new InventoryFormatException($"{FuzzTargets.InputName}.csv:3: bad")).Verdict);

    [Fact]
    public void An_input_error_that_does_not_name_the_input_breaks_an_invariant() =>
        Assert.Equal(FuzzVerdict.Broken, Run(_ => throw new InventoryFormatException("bad")).Verdict);

    [Fact]
    public void A_case_that_outlives_its_bound_is_a_hang_and_the_next_case_still_runs()
    {
        using var runner = new FuzzRunner(Tight);
        using var release = new ManualResetEventSlim();
        Assert.Equal(FuzzVerdict.Hang, runner.Run(new StubTarget(_ => { release.Wait(); return null; }), []).Verdict);
        Assert.Equal(FuzzVerdict.Read, runner.Run(new StubTarget(_ => null), []).Verdict);
        release.Set();
    }

    [Fact]
    public void A_case_that_allocates_past_its_bound_is_a_memory_failure() =>
        Assert.Equal(FuzzVerdict.Memory, Run(_ => { GC.KeepAlive(Enumerable.Range(0, 100).Select(_ => new byte[1 << 20]).ToList()); return null; }).Verdict);

    [Fact]
    public void A_broken_invariant_is_reported_with_what_broke()
    {
        var result = Run(_ => "3 records read from 4 lines");
        Assert.Equal(FuzzVerdict.Broken, result.Verdict);
        Assert.Equal("3 records read from 4 lines", result.Detail);
    }

    [Fact]
    public void The_same_seed_and_case_give_the_same_input_and_others_differ()
    {
        var target = FuzzTargets.Named("inventory-csv");
        var first = FuzzRunner.Generate(target, 7, 42, MutatorLimits.Tests);
        Assert.Equal(first.Input, FuzzRunner.Generate(target, 7, 42, MutatorLimits.Tests).Input);
        Assert.Equal(first.Mutations, FuzzRunner.Generate(target, 7, 42, MutatorLimits.Tests).Mutations);
        var distinct = Enumerable.Range(0, 50).Select(i => Convert.ToHexString(FuzzRunner.Generate(target, 7, i, MutatorLimits.Tests).Input)).Distinct().Count();
        Assert.True(distinct >= 45, $"only {distinct} distinct inputs in 50 cases");
    }

    [Fact]
    public void The_minimiser_keeps_the_failure_and_drops_the_rest()
    {
        using var runner = new FuzzRunner(Tight);
        var target = new StubTarget(input => input.AsSpan().IndexOf("BOOM"u8) >= 0 ? throw new InvalidOperationException("boom") : null);
        var minimal = Minimiser.Minimise(runner, target, "id,name\nr1,a\nr2,xxBOOMyy\nr3,c\n"u8.ToArray());
        Assert.Equal("BOOM"u8.ToArray(), minimal);
    }

    private static FuzzResult Run(Func<byte[], string?> run)
    {
        using var runner = new FuzzRunner(Tight);
        return runner.Run(new StubTarget(run), []);
    }

    private sealed class StubTarget(Func<byte[], string?> run) : IFuzzTarget
    {
        public string Name => "stub";
        public string Extension => "txt";
        public IReadOnlyList<byte[]> Seeds => [[]];
        public IReadOnlyList<byte[]> Tokens => [];

        public bool IsInputError(Exception exception) => exception is InventoryFormatException;

        public string? Run(byte[] input, FuzzScratch scratch) => run(input);
    }
}
